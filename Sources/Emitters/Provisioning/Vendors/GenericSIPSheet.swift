import Compiler
import Domain

/// A printable sheet (HTML, A4, no external assets) with what to type into a phone
/// pbxc cannot provision. It holds the SIP password: print it, hand
/// it over, do not leave it on a shared drive.
enum GenericSIPSheet: VendorEmitter {
    static let vendor = Vendor.generic
    static let format = TextFormat.html

    static func zone(_ rules: ZoneRules, iana: String) -> [String: Any] {
        ["tz_offset": rules.gmt]
    }

    static func key(_ key: ProvisionedKey, plan: ProvisioningPlan) -> [String: Any] { [:] }

    static let templates = [
        "generic": """
        <!DOCTYPE html>
        <html lang="{{{language_code}}}">
        <head>
        <meta charset="utf-8">
        <title>SIP account {{{account}}} – {{{display_name}}}</title>
        <style>
          @page { size: A4; margin: 20mm; }
          body { font-family: sans-serif; font-size: 11pt; color: #000; }
          table { border-collapse: collapse; width: 100%; }
          th, td { border: 1px solid #444; padding: 4pt 6pt; text-align: left; vertical-align: top; }
          th { width: 35%; background: #eee; }
          .secret { font-family: monospace; font-size: 13pt; }
        </style>
        </head>
        <body>
        <h1>Phone set-up for {{{display_name}}}</h1>
        <p>{{{customer}}} · set this phone up by hand with the values below.
        Switch its web interface off or protect it with the admin password, and keep the phone off the public internet.</p>
        <table>
          <tr><th scope="row">SIP server (registrar)</th><td>{{{registrar}}}:{{{registrar_port}}} (UDP)</td></tr>
          {{#outbound_proxy}}
          <tr><th scope="row">Outbound proxy</th><td>{{{outbound_proxy}}}</td></tr>
          {{/outbound_proxy}}
          <tr><th scope="row">User name</th><td>{{{account}}}</td></tr>
          <tr><th scope="row">Authentication user</th><td>{{{auth_user}}}</td></tr>
          <tr><th scope="row">Password (the SIP account's authentication password)</th><td class="secret">{{{password}}}</td></tr>
          <tr><th scope="row">Display name</th><td>{{{display_name}}}</td></tr>
          <tr><th scope="row">Extension</th><td>{{{extension}}}</td></tr>
          <tr><th scope="row">Voicemail number</th><td>{{{voicemail}}}</td></tr>
          <tr><th scope="row">Time server (NTP)</th><td>{{{ntp}}}</td></tr>
          <tr><th scope="row">Time zone</th><td>{{{timezone}}} ({{{tz_offset}}})</td></tr>
          <tr><th scope="row">Language</th><td>{{{language}}}</td></tr>
          <tr><th scope="row">Admin password (web interface)</th><td class="secret">{{{admin_password}}}</td></tr>
        </table>
        {{#provisioning_url}}
        <h2>Provisioning server</h2>
        <p>Set up by hand, this phone needs nothing from the provisioning server. Where it asks for one anyway (its
        auto-provisioning settings), these are the customer's; the device configuration user name and password go
        there, not into the SIP account above.</p>
        <table>
          <tr><th scope="row">Provisioning URL</th><td>{{{provisioning_url}}}</td></tr>
          <tr><th scope="row">Device configuration user name</th><td>{{{provisioning_user}}}</td></tr>
          <tr><th scope="row">Device configuration password</th><td>the device's own password (its <code>password</code> in the repository; not printed here)</td></tr>
        </table>
        {{/provisioning_url}}
        <p>Signed for receipt: ______________________ &nbsp; Date: ____________</p>
        </body>
        </html>

        """,
    ]
}

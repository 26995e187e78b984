import Foundation
/// The files `pbxc init` writes: a repository that checks clean, with editor support,
/// a pre-commit hook and CI for GitHub and GitLab. Hook and CI run the installed `pbxc`
/// (the Debian package of a release, README "Install"), never a build from source.
enum InitFiles {
    /// The greeting the example menu plays (`greeting-file` looks for it): one second of
    /// silence, 8 kHz 16-bit mono PCM, to be replaced by the customer's recording.
    static let audio: [(path: String, bytes: Data)] = [("customers/greetings/welcome.wav", silentWAV(frames: 8000))]

    static func silentWAV(frames: Int) -> Data {
        func le(_ value: Int, _ bytes: Int) -> [UInt8] { (0..<bytes).map { UInt8(truncatingIfNeeded: value >> (8 * $0)) } }
        let data = 2 * frames
        let header: [UInt8] = Array("RIFF".utf8) + le(36 + data, 4) + Array("WAVEfmt ".utf8) + le(16, 4) + le(1, 2) + le(1, 2)
            + le(8000, 4) + le(16000, 4) + le(2, 2) + le(16, 2) + Array("data".utf8) + le(data, 4)
        return Data(header + [UInt8](repeating: 0, count: data))
    }

    static let all: [(path: String, text: String)] = [
        ("pbxc.yaml", repository), ("customers/example.yaml", customer),
        (".pre-commit-config.yaml", preCommit), (".github/workflows/pbxc.yml", github), (".gitlab-ci.yml", gitlab),
        (".gitignore", "out/\n.pbxc-cache/\n"),
    ]

    /// The Debian release the package is built for, and where a release's package is.
    static let debianSuite = "bookworm"
    static let packageName = "pbxc_\(PBXCVersion.current)_amd64.deb"
    static let packageURL = "https://github.com/pbxc/pbxc/releases/download/v\(PBXCVersion.current)/\(packageName)"

    static let repository = """
    # yaml-language-server: $schema=schemas/repository-file.schema.json
    # The repository file: platform, partner, defaults and product catalog.
    version: 1
    platform:
      sip_domain: sip.example.net
      provisioning_url: https://prov.example.net/
      ntp_server: pool.ntp.org
    partner:
      id: "000000"
      name: Example Partner B.V.
    defaults:
      country: NL
      timezone: Europe/Amsterdam
      language: nl
    catalog:
      - { code: connection-fee, name: Aansluitkosten, module: telephony, one_off: 25.00 }
      - { code: flex-telephony-standard, name: FlexTelephony Standard, module: telephony, account_type: phone, monthly: 6.00, term_months: 12 }

    """

    static let customer = """
    # yaml-language-server: $schema=../schemas/customer-file.schema.json
    # (In a customer kept as a folder, customers/<id>/*.yaml: $schema=../../schemas/customer-file.schema.json)
    # One customer: a number, a menu during office hours, the company voicemail after.
    version: 1
    customer:
      id: example
      name: Example B.V.

    numbers: ["+31 88 765 4000 - +31 88 765 4009"]

    company:
      number: "+31 88 765 4000"
      unassigned_numbers: main
      night_mode: { mode: auto, office_hours: office-hours, holidays: closed-days }

    schedules:
      office-hours: { hours: { mon-fri: "08:30-17:30" } }
      closed-days: { holidays: NL }

    users:
      - id: anna
        name: Anna de Boer
        extension: "201"
        email: anna@example.example
        voicemail: { when: [busy, no_answer] }
        devices:
          - { model: yealink-t54w, mac: "80:5E:C0:00:00:01", password: generate }

    ivr_menus:
      - id: main
        name: Hoofdmenu
        extension: "555"
        number: "+31 88 765 4000"
        office_hours: office-hours
        holidays: closed-days
        open:
          greeting: greetings/welcome.wav
          options: { "1": anna }
          reception: anna
        closed: { to: voicemail }

    """

    static let preCommit = """
    # Runs the installed `pbxc check` before every commit (pre-commit install); the
    # repository is found from any folder, and the whole of it is checked.
    repos:
      - repo: local
        hooks:
          - id: pbxc-check
            name: pbxc check
            entry: pbxc check
            language: system
            files: \\.ya?ml$
            pass_filenames: false
            require_serial: true

    """

    static let github = """
    # Checks every push and merge request; findings appear as code-scanning alerts and
    # annotations, and the merge request gets what the change does to calls.
    name: pbxc
    on: [push, pull_request]
    permissions: { contents: read, security-events: write, pull-requests: write }
    jobs:
      check:
        runs-on: ubuntu-latest
        # The Debian package of pbxc installs on Debian \(debianSuite).
        container: debian:\(debianSuite)
        steps:
          - name: Install pbxc
            run: |
              apt-get update -qq && apt-get install -y -qq ca-certificates curl git
              curl -fsSLO \(packageURL)
              apt-get install -y -qq ./\(packageName)
          - uses: actions/checkout@v4
            with: { fetch-depth: 0 }
          - run: git config --global --add safe.directory "$GITHUB_WORKSPACE"
          - name: Check
            run: pbxc check --format github
          - name: SARIF
            if: always()
            run: pbxc check --format sarif --output pbxc.sarif || true
          - uses: github/codeql-action/upload-sarif@v3
            if: always()
            with: { sarif_file: pbxc.sarif }
          - name: What this change does to calls
            if: github.event_name == 'pull_request'
            run: |
              pbxc diff origin/${{ github.base_ref }} HEAD --format markdown > diff.md
              gh pr comment ${{ github.event.number }} --body-file diff.md
            env: { GH_TOKEN: "${{ github.token }}" }

    """

    static let gitlab = """
    # Checks every pipeline; findings go to the Code Quality widget, and merge requests
    # get what the change does to calls as a job artefact.
    pbxc:
      image: debian:\(debianSuite)
      before_script:
        - apt-get update -qq && apt-get install -y -qq ca-certificates curl git
        - curl -fsSLO \(packageURL)
        - apt-get install -y -qq ./\(packageName)
      script:
        - pbxc check --format gitlab --output gl-code-quality-report.json
        - if [ -n "$CI_MERGE_REQUEST_DIFF_BASE_SHA" ]; then pbxc diff "$CI_MERGE_REQUEST_DIFF_BASE_SHA" HEAD --format markdown > diff.md; fi
      artifacts:
        when: always
        reports: { codequality: gl-code-quality-report.json }
        paths: [diff.md]

    """
}

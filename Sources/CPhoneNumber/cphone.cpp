// Thin C shim over libphonenumber's PhoneNumberUtil (a thread-safe singleton).
#include "cphone.h"
#include "decimal.h"

#include <phonenumbers/phonenumberutil.h>
#include <cstring>
#include <string>

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

static void copy_out(char *dst, size_t cap, const std::string &src) {
    size_t n = src.size() < cap - 1 ? src.size() : cap - 1;
    std::memcpy(dst, src.data(), n);
    dst[n] = '\0';
}

extern "C" cphone_result cphone_parse(const char *text, const char *default_region, int want_details) {
    cphone_result r;
    std::memset(&r, 0, sizeof r);
    r.type = PhoneNumberUtil::UNKNOWN;
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    PhoneNumber number;
    std::string region = (default_region && *default_region) ? default_region : "ZZ";
    PhoneNumberUtil::ErrorType err = util->Parse(text ? text : "", region, &number);
    if (err != PhoneNumberUtil::NO_PARSING_ERROR) {
        r.parse_error = static_cast<int>(err);
        return r;
    }
    std::string e164;
    util->Format(number, PhoneNumberUtil::E164, &e164);
    copy_out(r.e164, sizeof r.e164, e164);
    r.valid = util->IsValidNumber(number) ? 1 : 0;
    // The region and type cost more regex matching than validity itself: only on request.
    if (want_details || !r.valid) {
        std::string numberRegion;
        util->GetRegionCodeForNumber(number, &numberRegion);
        copy_out(r.region, sizeof r.region, numberRegion);
    }
    if (want_details) r.type = static_cast<int>(util->GetNumberType(number));
    return r;
}

extern "C" int cphone_is_supported_region(const char *region) {
    if (!region) return 0;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region) != 0 ? 1 : 0;
}

extern "C" int cphone_country_code(const char *region) {
    if (!region) return 0;
    return PhoneNumberUtil::GetInstance()->GetCountryCodeForRegion(region);
}

extern "C" void cphone_national_prefix(const char *region, char *out, size_t cap) {
    std::string prefix;
    if (region) PhoneNumberUtil::GetInstance()->GetNddPrefixForRegion(region, true, &prefix);
    copy_out(out, cap, prefix);
}

extern "C" int cphone_is_valid_e164_reference(uint64_t e164_digits) {
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    char buffer[24];
    std::string text(buffer, cphone_decimal(e164_digits, buffer));
    // Country calling codes are prefix-free: the first known 1-3 digit prefix is it.
    for (size_t length = 1; length <= 3 && length < text.size(); ++length) {
        int code = std::stoi(text.substr(0, length));
        std::string region;
        util->GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ") continue;
        std::string national = text.substr(length);
        if (national[0] == '0' || national.size() > 17) return -1;
        PhoneNumber number;
        number.set_country_code(code);
        number.set_national_number(std::stoull(national));
        return util->IsValidNumber(number) ? 1 : 0;
    }
    return -1;
}

extern "C" int cphone_format(uint64_t e164_digits, const char *region, char *out, size_t cap) {
    const PhoneNumberUtil *util = PhoneNumberUtil::GetInstance();
    char buffer[24];
    std::string text = "+" + std::string(buffer, cphone_decimal(e164_digits, buffer));
    PhoneNumber number;
    if (util->Parse(text, "ZZ", &number) != PhoneNumberUtil::NO_PARSING_ERROR) {
        copy_out(out, cap, "");
        return -1;
    }
    std::string numberRegion;
    util->GetRegionCodeForNumber(number, &numberRegion);
    bool national = region && *region && numberRegion == region;
    std::string formatted;
    util->Format(number, national ? PhoneNumberUtil::NATIONAL : PhoneNumberUtil::INTERNATIONAL, &formatted);
    copy_out(out, cap, formatted);
    return 0;
}

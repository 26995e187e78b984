#pragma once
// A plain-C face over Google's libphonenumber (Debian: libphonenumber-dev), so that
// Swift needs no C++ interop. Only what pbxc uses is exposed.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Result of parsing one phone number text.
typedef struct {
    /// 0 when parsed; otherwise libphonenumber's ErrorType (1 invalid country code,
    /// 2 not a number, 3 too short after IDD, 4 too short, 5 too long).
    int parse_error;
    /// 1 when libphonenumber considers the number valid for its region.
    int valid;
    /// libphonenumber's PhoneNumberType (0 fixed line, 1 mobile, 2 fixed line or mobile,
    /// 3 toll free, 4 premium rate, 5 shared cost, 6 VoIP, 7 personal, 8 pager, 9 UAN,
    /// 10 voicemail, 11 unknown); 11 unless details were asked for.
    int type;
    /// E.164 form, e.g. "+31887654000" (empty when parse_error != 0).
    char e164[24];
    /// The region the number belongs to, e.g. "NL" ("ZZ" when unknown).
    char region[4];
} cphone_result;

/// Parses `text` as written by a user; national formats use `default_region`
/// (ISO 3166-1 alpha-2, may be NULL or empty when the text starts with '+').
/// `type` and `region` are filled only when `want_details` is non-zero (the region
/// also for invalid numbers, for the message): they cost more than validity.
cphone_result cphone_parse(const char *text, const char *default_region, int want_details);

/// 1 when libphonenumber knows `region` (ISO 3166-1 alpha-2).
int cphone_is_supported_region(const char *region);

/// Validity of a number given as its E.164 digits, skipping the text normalisation of
/// `cphone_parse`: 1 valid, 0 invalid, -1 when the digits cannot be taken this way (no
/// known country code, or a national part starting with 0 — then `cphone_parse`
/// decides). Decided as libphonenumber's IsValidNumber decides, on its metadata, with
/// the patterns compiled once into RE2 (numbering_plans.cpp).
int cphone_is_valid_e164(uint64_t e164_digits);

/// The same answer from libphonenumber's IsValidNumber itself (ICU regular expressions,
/// ~30,000 instructions a number): the reference `cphone_is_valid_e164` is tested against.
int cphone_is_valid_e164_reference(uint64_t e164_digits);

/// 1 when `cphone_is_valid_e164` answers for this calling code from its own compiled
/// plan, 0 when it hands the code to libphonenumber (or the code is unknown).
int cphone_has_plan(int calling_code);

/// The country calling code of `region` (31 for NL), 0 when unknown.
int cphone_country_code(const char *region);

/// The national (trunk) prefix of `region` ("0" for NL, "1" for US) into `out`.
void cphone_national_prefix(const char *region, char *out, size_t cap);

/// The number with E.164 digits `e164_digits` as people write it, into `out`: in the
/// national format of its region when `region` is that region ("088 765 4000" for NL,
/// "(212) 555-0100" for US), else internationally ("+31 88 765 4000"). Returns 0, or
/// -1 when libphonenumber cannot parse the digits (then `out` is empty).
int cphone_format(uint64_t e164_digits, const char *region, char *out, size_t cap);

#ifdef __cplusplus
}
#endif

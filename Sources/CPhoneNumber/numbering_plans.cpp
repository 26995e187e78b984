// Phone-number validity as libphonenumber decides it, from libphonenumber's own metadata,
// matched with RE2 instead of ICU regular expressions.
//
// Why: validating a number through PhoneNumberUtil::IsValidNumber cost ~30,000
// instructions, almost all of it in the regular-expression layer (a regex-cache lookup
// that hashes the pattern text under a lock, a new ICU RegexMatcher per match, the
// number converted to UTF-16) — 11% of a whole `pbxc check`. Here every pattern is
// compiled once into an RE2 and matched on the bytes in place.
//
// What stays libphonenumber's: the data (the metadata compiled into the library, read
// with its own generated protobuf classes — no pattern is typed here), the order in which
// the regions of a shared calling code are tried (GetRegionCodesForCountryCallingCode),
// and everything beyond validity (parsing text, number types, regions, messages).
// RE2 is the other engine libphonenumber itself can be built with, so the patterns are RE2
// syntax. A calling code whose plan cannot be built (a pattern RE2 rejects, the
// non-geographic "001" entities, unreadable metadata) is answered by libphonenumber.
// PhoneNumberEngineTests compares both answers on random numbers of every calling code.
#include "cphone.h"
#include "decimal.h"

#include <phonenumbers/phonemetadata.pb.h>
#include <phonenumbers/phonenumberutil.h>
#include <re2/re2.h>

#include <algorithm>
#include <array>
#include <atomic>
#include <list>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

// Exported by libphonenumber (its metadata.h, which Debian does not install).
namespace i18n {
namespace phonenumbers {
int metadata_size();
const void *metadata_get();
}  // namespace phonenumbers
}  // namespace i18n

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;
using i18n::phonenumbers::PhoneNumberUtil;

namespace {

std::unique_ptr<RE2> compile(const std::string &pattern, bool *ok) {
    if (pattern.empty()) return nullptr;
    RE2::Options options;
    options.set_log_errors(false);
    auto re = std::make_unique<RE2>(pattern, options);
    if (!re->ok()) *ok = false;
    return re;
}

// One PhoneNumberDesc: the national number matches when its length is one of the
// possible lengths (if any are listed) and the whole number matches the pattern; an
// empty pattern matches nothing (libphonenumber's IsNumberMatchingDesc).
struct Description {
    std::vector<int> lengths;
    std::unique_ptr<RE2> pattern;

    Description(const PhoneNumberDesc &desc, bool *ok)
        : lengths(desc.possible_length().begin(), desc.possible_length().end()),
          pattern(compile(desc.national_number_pattern(), ok)) {}

    bool matches(re2::StringPiece national) const {
        if (!lengths.empty() &&
            std::find(lengths.begin(), lengths.end(), static_cast<int>(national.size())) == lengths.end())
            return false;
        return pattern && pattern->Match(national, 0, national.size(), RE2::ANCHOR_BOTH, nullptr, 0);
    }
};

// One region's plan: its general description, the number types in libphonenumber's
// order, and the leading digits that claim a number for it among regions sharing a code.
struct RegionPlan {
    std::unique_ptr<RE2> leading_digits;
    Description general;
    std::vector<Description> special;  // premium rate … voicemail: any match is valid
    Description fixed_line;
    Description mobile;
    bool same_mobile_and_fixed_line;

    RegionPlan(const PhoneMetadata &m, bool *ok)
        : leading_digits(compile(m.leading_digits(), ok)),
          general(m.general_desc(), ok),
          fixed_line(m.fixed_line(), ok),
          mobile(m.mobile(), ok),
          same_mobile_and_fixed_line(m.same_mobile_and_fixed_line_pattern()) {
        for (const PhoneNumberDesc *desc : {&m.premium_rate(), &m.toll_free(), &m.shared_cost(), &m.voip(),
                                            &m.personal_number(), &m.pager(), &m.uan(), &m.voicemail()})
            special.emplace_back(*desc, ok);
    }

    // GetNumberTypeHelper(...) != UNKNOWN, without naming the type.
    bool has_type(re2::StringPiece national) const {
        if (!general.matches(national)) return false;
        for (const Description &desc : special)
            if (desc.matches(national)) return true;
        if (fixed_line.matches(national)) return true;
        return !same_mobile_and_fixed_line && mobile.matches(national);
    }

    bool claims(re2::StringPiece national) const {
        if (leading_digits) return leading_digits->Match(national, 0, national.size(), RE2::ANCHOR_START, nullptr, 0);
        return has_type(national);
    }
};

// The regions of one calling code, in libphonenumber's order. IsValidNumber picks the
// first region that claims the number, then asks that region for a type.
struct CountryPlan {
    std::vector<std::unique_ptr<RegionPlan>> regions;

    bool valid(re2::StringPiece national) const {
        if (regions.size() == 1) return regions[0]->has_type(national);
        for (const auto &region : regions)
            if (region->claims(national)) return region->has_type(national);
        return false;
    }
};

const std::map<std::string, const PhoneMetadata *> &metadata_by_region() {
    static const PhoneMetadataCollection *collection = [] {
        auto *parsed = new PhoneMetadataCollection();
        if (!parsed->ParseFromArray(i18n::phonenumbers::metadata_get(), i18n::phonenumbers::metadata_size()))
            parsed->Clear();
        return parsed;
    }();
    static const std::map<std::string, const PhoneMetadata *> byRegion = [] {
        std::map<std::string, const PhoneMetadata *> map;
        for (const PhoneMetadata &m : collection->metadata()) map.emplace(m.id(), &m);
        return map;
    }();
    return byRegion;
}

// nullptr when libphonenumber has to answer for this code.
std::unique_ptr<CountryPlan> build_plan(int code) {
    std::list<std::string> regions;
    PhoneNumberUtil::GetInstance()->GetRegionCodesForCountryCallingCode(code, &regions);
    if (regions.empty()) return nullptr;
    const auto &metadata = metadata_by_region();
    auto plan = std::make_unique<CountryPlan>();
    bool ok = true;
    for (const std::string &region : regions) {
        auto found = metadata.find(region);
        if (region == "001" || found == metadata.end() || found->second->country_code() != code) return nullptr;
        plan->regions.push_back(std::make_unique<RegionPlan>(*found->second, &ok));
    }
    return ok ? std::move(plan) : nullptr;
}

enum class CodeState : unsigned char { unknown, no_country, plan, library };

// Calling codes are 1-3 digits: a plan per code, built on first use (a check of one
// customer compiles only the codes it meets) and kept for the process.
struct Plans {
    std::array<std::atomic<CodeState>, 1000> state{};
    std::array<const CountryPlan *, 1000> plans{};
    std::mutex building;

    CodeState lookup(int code) {
        CodeState known = state[code].load(std::memory_order_acquire);
        if (known != CodeState::unknown) return known;
        std::lock_guard<std::mutex> lock(building);
        known = state[code].load(std::memory_order_relaxed);
        if (known != CodeState::unknown) return known;
        std::string region;
        PhoneNumberUtil::GetInstance()->GetRegionCodeForCountryCode(code, &region);
        if (region == "ZZ") {
            known = CodeState::no_country;
        } else if (auto plan = build_plan(code)) {
            plans[code] = plan.release();
            known = CodeState::plan;
        } else {
            known = CodeState::library;
        }
        state[code].store(known, std::memory_order_release);
        return known;
    }
};

Plans &plans() {
    static Plans *shared = new Plans();  // never destroyed: workers may still be running at exit
    return *shared;
}

}  // namespace

extern "C" int cphone_is_valid_e164(uint64_t e164_digits) {
    char text[24];
    int length = cphone_decimal(e164_digits, text);
    // Calling codes are prefix-free: the first known 1-3 digit prefix is the code.
    int code = 0;
    for (int prefix = 1; prefix <= 3 && prefix < length; ++prefix) {
        code = code * 10 + (text[prefix - 1] - '0');
        switch (plans().lookup(code)) {
        case CodeState::unknown:
        case CodeState::no_country: continue;
        case CodeState::library: return cphone_is_valid_e164_reference(e164_digits);
        case CodeState::plan:
            if (text[prefix] == '0' || length - prefix > 17) return -1;
            return plans().plans[code]->valid(re2::StringPiece(text + prefix, length - prefix)) ? 1 : 0;
        }
    }
    return -1;
}

extern "C" int cphone_has_plan(int calling_code) {
    if (calling_code <= 0 || calling_code >= 1000) return 0;
    return plans().lookup(calling_code) == CodeState::plan ? 1 : 0;
}

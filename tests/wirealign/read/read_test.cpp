// Tests of reading inputs: refusals of bad input, encoding detection, normalisation, offset maps.
#include "wirealign/read/read.h"

#include <catch2/catch.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "support/errors.h"
#include "support/temp_path.h"
#include "wirealign/core/error.h"
#include "wirealign/core/types.h"
#include "wirealign/read/normalise.h"

namespace {

namespace fs = std::filesystem;
namespace read = wirealign::read;
using Catch::Matchers::Contains;
using wirealign::ConfigError;
using wirealign::InputError;
using wirealign::Span;
using wirealign::Text;
using namespace std::string_literals;

using wirealign::testing::error_of;

std::optional<InputError> decode_error(const std::string& bytes, read::ReadOptions options = {}) {
  return error_of<InputError>([&] { read::decode(bytes, "in.txt", options); });
}

// A path in the system's temporary directory that no other test uses.
using wirealign::testing::TempPath;

// The original bytes that the normalised span `s` came from.
std::string original_of(const Text& t, Span s) {
  const Span o = t.original_span(s);
  return t.original.substr(o.begin, o.size());
}

// Checks the invariants of Text::offsets that hold for every input.
void check_offset_invariants(const Text& t) {
  REQUIRE(t.offsets.size() == t.text.size() + 1);
  CHECK(t.offsets.back() == t.original.size());
  for (std::size_t i = 1; i < t.offsets.size(); ++i) {
    CAPTURE(i);
    REQUIRE(t.offsets[i - 1] <= t.offsets[i]);
  }
}

std::vector<std::uint32_t> offsets_of(const Text& t) {
  std::vector<std::uint32_t> out;
  for (std::size_t i = 0; i < t.offsets.size(); ++i) out.push_back(t.offsets[i]);
  return out;
}
using Offsets = std::vector<std::uint32_t>;

}  // namespace

TEST_CASE("read_file refuses a missing path", "[read]") {
  const TempPath missing;
  const auto e = error_of<InputError>([&] { read::read_file(missing.string(), {}); });
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("no such file") && Contains(missing.string()));
  CHECK(e->source() == missing.string());
  CHECK(e->byte_offset() == std::nullopt);
}

TEST_CASE("read_file refuses a directory", "[read]") {
  const TempPath dir;
  fs::create_directory(dir.path());
  const auto e = error_of<InputError>([&] { read::read_file(dir.string(), {}); });
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("is a directory") && Contains(dir.string()));
  CHECK(e->source() == dir.string());
}

TEST_CASE("an empty input is refused", "[read]") {
  const auto e = decode_error("");
  REQUIRE(e);
  CHECK(std::string(e->what()) == "in.txt: the file is empty");
  CHECK(e->source() == "in.txt");

  const TempPath file;
  file.write("");
  const auto f = error_of<InputError>([&] { read::read_file(file.string(), {}); });
  REQUIRE(f);
  CHECK_THAT(f->what(), Contains("the file is empty") && Contains(file.string()));
}

TEST_CASE("an input of white space only is refused", "[read]") {
  for (const std::string& bytes :
       {" "s, "\n\n"s, " \t \r\n \r "s, "\xEF\xBB\xBF  \n"s, "\xFF\xFE \0\n\0"s}) {
    CAPTURE(bytes);
    const auto e = decode_error(bytes);
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains("contains no text"));
    CHECK(e->byte_offset() == std::nullopt);
  }
}

TEST_CASE("binary data with a NUL byte is refused at the NUL's offset", "[read]") {
  const std::string bytes = std::string(200, 'a') + "\0"s + std::string(200, 'b');
  const auto e = decode_error(bytes);
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("binary data") && Contains("NUL"));
  CHECK(e->byte_offset() == 200u);
  CHECK_THAT(e->what(), Contains("at byte 200"));

  const auto short_nul = decode_error("abc\0def"s);
  REQUIRE(short_nul);
  CHECK_THAT(short_nul->what(), Contains("binary data"));
  CHECK(short_nul->byte_offset() == 3u);
}

TEST_CASE("binary data with control characters is refused at the first one", "[read]") {
  const auto e = decode_error(
      "abc\x01"
      "def");
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("binary data") && Contains("1 control"));
  CHECK(e->byte_offset() == 3u);
}

// U+FFFD written by the author is a character, not a sign of undecodable bytes.
TEST_CASE("valid UTF-8 containing U+FFFD is text, not binary data", "[read]") {
  const std::string input = "Il a dit \xEF\xBF\xBD oui, et il est parti.";
  const Text t = read::decode(input, "in.txt", {});
  CHECK(t.text == input);
  CHECK(t.encoding == "UTF-8");
  CHECK(t.notices.empty());
}

TEST_CASE("a PNG header is refused as binary data", "[read]") {
  SECTION("signature and IHDR chunk: refused at the first NUL") {
    const std::string png =
        "\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0\0\0\x01\0\x08\x06\0\0\0\x1f\x15\xc4\x89"s;
    const auto e = decode_error(png);
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains("binary data"));
    CHECK(e->byte_offset() == 8u);
  }
  SECTION("signature alone: refused at its control character") {
    const auto e = decode_error("\x89PNG\r\n\x1a\n");
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains("binary data"));
    CHECK(e->byte_offset() == 6u);  // the 0x1A
  }
}

TEST_CASE("invalid UTF-8 in no recognised encoding is refused at the bad byte", "[read]") {
  for (const auto& [bytes, offset] : std::vector<std::pair<std::string, std::uint64_t>>{
           {"\x80", 0}, {"ab\xC3\x28", 2}, {"1 \xC3\x28 2", 2}}) {
    CAPTURE(bytes);
    const auto e = decode_error(bytes);
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains("is not valid UTF-8") &&
                              Contains("encoding was not recognised") && Contains("--encoding"));
    CHECK(e->byte_offset() == offset);
  }
}

TEST_CASE("Latin-1 French text is converted from windows-1252 with a notice", "[read]") {
  // "Le café est chaud. L'été arrive à grands pas, ..." in ISO-8859-1.
  const std::string latin1 =
      "Le caf\xE9 est chaud. L'\xE9t\xE9 arrive \xE0 grands pas et les \xE9l\xE8ves sont "
      "d\xE9j\xE0 en vacances.";
  const Text t = read::decode(latin1, "fr.txt", {});
  CHECK(t.name == "fr.txt");
  CHECK(t.encoding == "windows-1252");
  CHECK(t.original == latin1);
  CHECK(t.text ==
        "Le caf\xC3\xA9 est chaud. L'\xC3\xA9t\xC3\xA9 arrive \xC3\xA0 grands pas et les "
        "\xC3\xA9l\xC3\xA8ves sont d\xC3\xA9j\xC3\xA0 en vacances.");
  REQUIRE(t.notices.size() == 1);
  CHECK_THAT(t.notices[0], Contains("not UTF-8") && Contains("0xE9") && Contains("offset 6") &&
                               Contains("windows-1252"));
  check_offset_invariants(t);
  // Both bytes of the first "é" come from byte 6; the space after it from byte 7.
  CHECK(t.offsets[6] == 6u);
  CHECK(t.offsets[7] == 6u);
  CHECK(t.offsets[8] == 7u);
  CHECK(original_of(t, {6, 8}) == "\xE9");

  SECTION("typographic quotes that only windows-1252 has") {
    const Text q = read::decode(
        "Il a dit \x93"
        "bonjour\x94 \x96 c\x92"
        "est l\x92\xE9t\xE9, et la m\xE8re est l\xE0.",
        "fr.txt", {});
    CHECK(q.encoding == "windows-1252");
    CHECK(q.text ==
          "Il a dit \xE2\x80\x9C"
          "bonjour\xE2\x80\x9D \xE2\x80\x93 c\xE2\x80\x99"
          "est "
          "l\xE2\x80\x99\xC3\xA9t\xC3\xA9, et la m\xC3\xA8re est l\xC3\xA0.");
    REQUIRE(q.notices.size() == 1);
    CHECK_THAT(q.notices[0], Contains("offset 9"));
  }
}

// On short Latin-1 text ICU's detector ranks ISO-8859-2 first; reading it so would turn "à"
// (0xE0) into "ŕ".
TEST_CASE("short Latin-1 French text keeps its accents", "[read]") {
  const Text t = read::decode("Le caf\xE9 \xE0 c\xF4t\xE9 est ferm\xE9.\n", "fr.txt", {});
  CHECK(t.text == "Le caf\xC3\xA9 \xC3\xA0 c\xC3\xB4t\xC3\xA9 est ferm\xC3\xA9.\n");
  CHECK(t.encoding == "windows-1252");
}

TEST_CASE("non-UTF-8 input is refused when detection is off", "[read]") {
  read::ReadOptions options;
  options.detect_encoding = false;
  const auto e = decode_error("Le caf\xE9 est chaud. L'\xE9t\xE9 arrive.", options);
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("is not valid UTF-8"));
  CHECK(e->byte_offset() == 6u);
}

TEST_CASE("a UTF-8 byte-order mark is dropped without a notice", "[read]") {
  const Text t = read::decode("\xEF\xBB\xBFHi \xC3\xA9t\xC3\xA9", "bom.txt", {});
  CHECK(t.encoding == "UTF-8");
  CHECK(t.text == "Hi \xC3\xA9t\xC3\xA9");
  CHECK(t.notices.empty());
  check_offset_invariants(t);
  // Both bytes of each "é" map to its first byte.
  CHECK(offsets_of(t) == Offsets{3, 4, 5, 6, 6, 8, 9, 9, 11});
  CHECK(t.original_span({0, 2}) == Span{3, 5});
  CHECK(original_of(t, {3, 5}) == "\xC3\xA9");
}

// A UTF-8 byte-order mark does not exempt the bytes from the checks; it rules out other encodings.
TEST_CASE("UTF-8 with a byte-order mark is checked like UTF-8 without one", "[read]") {
  const std::string bom = "\xEF\xBB\xBF";
  SECTION("an invalid byte is refused at its offset") {
    const auto e = decode_error(bom + std::string(200, 'a') + "\xFF" + std::string(200, 'b'));
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains("not valid UTF-8"));
    CHECK(e->byte_offset() == 203u);
  }
  SECTION("a NUL byte is refused as binary data at its offset") {
    const auto e = decode_error(bom + std::string(200, 'a') + "\0"s + std::string(200, 'b'));
    REQUIRE(e);
    CHECK_THAT(e->what(), Contains("binary data"));
    CHECK(e->byte_offset() == 203u);
  }
}

TEST_CASE("UTF-16 is converted with a notice", "[read]") {
  SECTION("little-endian with a byte-order mark") {
    const Text t = read::decode("\xFF\xFEH\0\xE9\0!\0"s, "le.txt", {});
    CHECK(t.encoding == "UTF-16LE");
    CHECK(t.text == "H\xC3\xA9!");
    REQUIRE(t.notices.size() == 1);
    CHECK(t.notices[0] == "read as UTF-16LE (byte-order mark)");
    check_offset_invariants(t);
    CHECK(offsets_of(t) == Offsets{2, 4, 4, 6, 8});
  }
  SECTION("big-endian with a byte-order mark") {
    const Text t = read::decode("\xFE\xFF\0H\0\xE9\0!"s, "be.txt", {});
    CHECK(t.encoding == "UTF-16BE");
    CHECK(t.text == "H\xC3\xA9!");
    REQUIRE(t.notices.size() == 1);
    CHECK(t.notices[0] == "read as UTF-16BE (byte-order mark)");
    CHECK(offsets_of(t) == Offsets{2, 4, 4, 6, 8});
  }
  SECTION("a surrogate pair maps to its first unit") {
    const Text t = read::decode(
        "\xFF\xFE"
        "a\0\x3D\xD8\x00\xDE"
        "b\0"s,
        "le.txt", {});
    CHECK(t.text ==
          "a\xF0\x9F\x98\x80"
          "b");
    CHECK(offsets_of(t) == Offsets{2, 4, 4, 4, 4, 8, 10});
  }
  SECTION("little-endian without a byte-order mark, recognised by its zero bytes") {
    const Text t = read::decode("H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d\0"s, "le.txt", {});
    CHECK(t.encoding == "UTF-16LE");
    CHECK(t.text == "Hello world");
    REQUIRE(t.notices.size() == 1);
    CHECK_THAT(t.notices[0], Contains("UTF-16LE") && Contains("no byte-order mark"));
    CHECK(t.offsets[1] == 2u);
    CHECK(t.offsets.back() == 22u);
  }
  SECTION("big-endian without a byte-order mark") {
    const Text t = read::decode("\0H\0e\0l\0l\0o\0 \0w\0o\0r\0l\0d"s, "be.txt", {});
    CHECK(t.encoding == "UTF-16BE");
    CHECK(t.text == "Hello world");
    REQUIRE(t.notices.size() == 1);
    CHECK_THAT(t.notices[0], Contains("UTF-16BE") && Contains("no byte-order mark"));
  }
}

TEST_CASE("CR LF and lone CR become LF mapped back to the CR", "[read]") {
  SECTION("CR LF") {
    const Text t = read::decode("ab\r\ncd\r\n", "crlf.txt", {});
    CHECK(t.text == "ab\ncd\n");
    check_offset_invariants(t);
    CHECK(offsets_of(t) == Offsets{0, 1, 2, 4, 5, 6, 8});
    CHECK(original_of(t, {2, 3}) == "\r\n");  // the LF covers the whole line end
  }
  SECTION("lone CR") {
    const Text t = read::decode("ab\rcd", "cr.txt", {});
    CHECK(t.text == "ab\ncd");
    CHECK(offsets_of(t) == Offsets{0, 1, 2, 3, 4, 5});
    CHECK(original_of(t, {2, 3}) == "\r");
  }
  SECTION("CR CR LF is two line ends") {
    const Text t = read::decode("a\r\r\nb", "crcrlf.txt", {});
    CHECK(t.text == "a\n\nb");
    CHECK(offsets_of(t) == Offsets{0, 1, 2, 4, 5});
  }
  SECTION("other line separators") {
    const Text t = read::decode(
        "a\xE2\x80\xA8"
        "b\fc",
        "ls.txt", {});
    CHECK(t.text == "a\nb\nc");
    CHECK(offsets_of(t) == Offsets{0, 1, 4, 5, 6, 7});
  }
}

TEST_CASE("text is put in NFC with spans mapping back to every original code point", "[read]") {
  SECTION("e + combining acute becomes é") {
    const std::string original = "Cafe\xCC\x81 noir";  // "Cafe" U+0301 " noir"
    const Text t = read::decode(original, "nfd.txt", {});
    CHECK(t.text == "Caf\xC3\xA9 noir");
    CHECK(t.notices.empty());
    check_offset_invariants(t);
    CHECK(offsets_of(t) == Offsets{0, 1, 2, 3, 3, 6, 7, 8, 9, 10, 11});
    // The composed "é" (2 bytes) maps back to "e" and U+0301 (3 bytes).
    CHECK(t.original_span({3, 5}) == Span{3, 6});
    CHECK(original_of(t, {3, 5}) == "e\xCC\x81");
    CHECK(original_of(t, {0, 5}) == "Cafe\xCC\x81");
  }
  SECTION("decomposed letters at the start and the end") {
    const Text t = read::decode("e\xCC\x81t\xC3\xA9 a\xCC\x80", "nfd.txt", {});
    CHECK(t.text == "\xC3\xA9t\xC3\xA9 \xC3\xA0");
    check_offset_invariants(t);
    CHECK(original_of(t, {0, 2}) == "e\xCC\x81");
    CHECK(original_of(t, {2, 5}) == "t\xC3\xA9");
    CHECK(original_of(t, {6, 8}) == "a\xCC\x80");
  }
  SECTION("Hangul jamo compose to a syllable") {
    const Text t = read::decode("x \xE1\x84\x80\xE1\x85\xA1 y", "ko.txt", {});
    CHECK(t.text == "x \xEA\xB0\x80 y");  // U+AC00
    CHECK(original_of(t, {2, 5}) == "\xE1\x84\x80\xE1\x85\xA1");
  }
  SECTION("a composition outside the BMP") {
    // KAITHI LETTER BA + KAITHI SIGN NUKTA -> KAITHI LETTER BBA (U+1109A).
    const Text t = read::decode("a \xF0\x91\x82\x99\xF0\x91\x82\xBA b", "kaithi.txt", {});
    CHECK(t.text == "a \xF0\x91\x82\x9A b");
    CHECK(original_of(t, {2, 6}) == "\xF0\x91\x82\x99\xF0\x91\x82\xBA");
  }
  SECTION("a byte-order mark inside the text is dropped") {
    const Text t = read::decode(
        "a\xEF\xBB\xBF"
        "b",
        "zwnbsp.txt", {});
    CHECK(t.text == "ab");
    CHECK(offsets_of(t) == Offsets{0, 4, 5});
  }
}

TEST_CASE("a forced encoding skips detection", "[read]") {
  read::ReadOptions options;
  SECTION("windows-1252") {
    options.encoding = "windows-1252";
    const Text t = read::decode("caf\xE9 \x80", "in.txt", options);
    CHECK(t.encoding == "windows-1252");
    CHECK(t.text == "caf\xC3\xA9 \xE2\x82\xAC");
    CHECK(t.notices.empty());
    CHECK(offsets_of(t) == Offsets{0, 1, 2, 3, 3, 4, 5, 5, 5, 6});
  }
  SECTION("ISO-8859-1 on UTF-8 bytes decodes them as Latin-1") {
    options.encoding = "ISO-8859-1";
    const Text t = read::decode("caf\xC3\xA9", "in.txt", options);
    CHECK(t.encoding == "ISO-8859-1");
    CHECK(t.text == "caf\xC3\x83\xC2\xA9");  // "cafÃ©"
  }
  SECTION("UTF-16LE without a byte-order mark") {
    options.encoding = "UTF-16LE";
    const Text t = read::decode("h\0i\0"s, "in.txt", options);
    CHECK(t.text == "hi");
    CHECK(offsets_of(t) == Offsets{0, 2, 4});
  }
  SECTION("UTF-8 with a byte-order mark still has it removed") {
    options.encoding = "UTF-8";
    const Text t = read::decode(
        "\xEF\xBB\xBF"
        "caf\xC3\xA9",
        "in.txt", options);
    CHECK(t.text == "caf\xC3\xA9");
    CHECK(offsets_of(t) == Offsets{3, 4, 5, 6, 6, 8});
  }
}

TEST_CASE("an unknown encoding name is a configuration error", "[read]") {
  read::ReadOptions options;
  options.encoding = "no-such-encoding";
  const auto e = error_of<ConfigError>([&] { options.validate(); });
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("unknown encoding") && Contains("no-such-encoding"));

  const TempPath file;
  file.write("hello");
  CHECK_THROWS_AS(read::read_file(file.string(), options), ConfigError);
  CHECK_THROWS_AS(read::decode("hello", "in.txt", options), ConfigError);

  read::ReadOptions known;
  known.encoding = "windows-1252";
  CHECK_NOTHROW(known.validate());
  CHECK_NOTHROW(read::ReadOptions{}.validate());
}

TEST_CASE("max_bytes limits the input size", "[read]") {
  read::ReadOptions options;
  options.max_bytes = 4;
  const auto e = decode_error("hello", options);
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("larger than the limit of 4 bytes"));
  CHECK(read::decode("hell", "in.txt", options).text == "hell");

  const TempPath file;
  file.write("hello");
  const auto f = error_of<InputError>([&] { read::read_file(file.string(), options); });
  REQUIRE(f);
  CHECK_THAT(f->what(), Contains("larger than the limit"));

  options.max_bytes = 0;
  CHECK_THROWS_AS(options.validate(), ConfigError);
}

TEST_CASE("read_file reads a file", "[read]") {
  const TempPath file;
  file.write("Premi\xC3\xA8re ligne.\r\nDeuxi\xC3\xA8me ligne.\r\n");
  const Text t = read::read_file(file.string(), {});
  CHECK(t.name == file.string());
  CHECK(t.encoding == "UTF-8");
  CHECK(t.original == "Premi\xC3\xA8re ligne.\r\nDeuxi\xC3\xA8me ligne.\r\n");
  CHECK(t.text == "Premi\xC3\xA8re ligne.\nDeuxi\xC3\xA8me ligne.\n");
  CHECK(t.notices.empty());
  check_offset_invariants(t);
  const auto second = static_cast<std::uint32_t>(t.text.find("Deux"));
  CHECK(original_of(t, {second, static_cast<std::uint32_t>(t.text.size() - 1)}) ==
        "Deuxi\xC3\xA8me ligne.");

  SECTION("and converts a Latin-1 file") {
    const TempPath latin1;
    latin1.write("La m\xE8re et le p\xE8re sont \xE0 la maison.\n");
    const Text l = read::read_file(latin1.string(), {});
    CHECK(l.encoding == "windows-1252");
    CHECK(l.text == "La m\xC3\xA8re et le p\xC3\xA8re sont \xC3\xA0 la maison.\n");
    REQUIRE(l.notices.size() == 1);
    CHECK_THAT(l.notices[0], Contains("offset 4"));
  }
}

TEST_CASE("offsets round-trip on random NFC UTF-8 without CR", "[read]") {
  // Letters of 1 to 4 bytes, spaces (including a no-break and a narrow no-break space),
  // newlines, tabs, punctuation and guillemets; all NFC, none combining, so the text is the
  // input itself.
  const std::vector<std::string> alphabet = {"a",
                                             "t",
                                             "E",
                                             "\xC3\xA9",
                                             "\xC3\xBC",
                                             "\xC3\x9F",
                                             "\xC5\x93",
                                             "\xD0\xB6",
                                             "\xE2\x82\xAC",
                                             "\xE4\xB8\xAD",
                                             "\xF0\x9F\x98\x80",
                                             "\xF0\x9D\x90\x80",
                                             " ",
                                             " ",
                                             "\xC2\xA0",
                                             "\xE2\x80\xAF",
                                             "\n",
                                             "\n\n",
                                             "\t",
                                             ".",
                                             "\xC2\xAB",
                                             "\xC2\xBB",
                                             "\xE2\x80\x99"};
  std::mt19937 rng(12345);
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(1, 300);

  for (int round = 0; round < 300; ++round) {
    // The last round is long enough to cross ICU's 64K-unit conversion chunks.
    const int n = round == 299 ? 60000 : length(rng);
    std::string input = "\xC3\x89";  // start with a letter so the input is never blank
    std::vector<std::uint32_t> boundaries = {0, 2};
    for (int k = 0; k < n; ++k) {
      input += alphabet[pick(rng)];
      boundaries.push_back(static_cast<std::uint32_t>(input.size()));
    }
    CAPTURE(round);
    const Text t = read::decode(input, "random.txt", {});
    REQUIRE(t.encoding == "UTF-8");
    REQUIRE(t.text == input);
    REQUIRE(t.original == input);
    REQUIRE(t.offsets.size() == t.text.size() + 1);
    REQUIRE(t.offsets.back() == t.original.size());
    bool non_decreasing = true;
    for (std::size_t i = 1; i < t.offsets.size(); ++i)
      non_decreasing = non_decreasing && t.offsets[i - 1] <= t.offsets[i];
    REQUIRE(non_decreasing);
    // Every piece boundary maps to itself.
    bool fixed = true;
    for (std::uint32_t b : boundaries) fixed = fixed && t.offsets[b] == b;
    REQUIRE(fixed);
    // Random char-aligned spans give back the identical bytes.
    std::uniform_int_distribution<std::size_t> at(0, boundaries.size() - 1);
    for (int k = 0; k < 50; ++k) {
      std::uint32_t a = boundaries[at(rng)], b = boundaries[at(rng)];
      if (a > b) std::swap(a, b);
      const Span s{a, b};
      CAPTURE(a, b);
      REQUIRE(original_of(t, s) == std::string(t.view(s)));
    }
  }
}

// Random valid UTF-8 that normalisation changes: CR and CR LF line ends, decomposed accents,
// combining marks after 4-byte characters, Hangul jamo, stray byte-order marks and line
// separators. Starts with a letter so it is never blank.
std::string random_unnormalised(std::mt19937& rng) {
  static const std::vector<std::string> alphabet = {"a",
                                                    "b",
                                                    " ",
                                                    "\n",
                                                    "\r",
                                                    "\r\n",
                                                    "e\xCC\x81",
                                                    "\xCC\x81",
                                                    "\xCC\xA7",
                                                    "\xC3\xA9",
                                                    "\xE1\x84\x80",
                                                    "\xE1\x85\xA1",
                                                    "\xEF\xBB\xBF",
                                                    "\xE2\x80\xA8",
                                                    "\xF0\x9F\x98\x80"};
  std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
  std::uniform_int_distribution<int> length(1, 200);
  std::string input = "x";
  const int n = length(rng);
  for (int k = 0; k < n; ++k) input += alphabet[pick(rng)];
  return input;
}

TEST_CASE("offsets stay ordered and complete on random input needing normalisation", "[read]") {
  std::mt19937 rng(777);
  for (int round = 0; round < 300; ++round) {
    const std::string input = random_unnormalised(rng);
    CAPTURE(round, input);
    const Text t = read::decode(input, "random.txt", {});
    REQUIRE(t.text.find('\r') == std::string::npos);
    REQUIRE(t.offsets.size() == t.text.size() + 1);
    REQUIRE(t.offsets.back() == input.size());
    bool ok = true;
    for (std::size_t i = 0; i < t.text.size(); ++i) {
      ok = ok && t.offsets[i] <= t.offsets[i + 1] && t.offsets[i] < input.size();
      // Every offset points at the first byte of a character of the original.
      ok = ok && (static_cast<unsigned char>(input[t.offsets[i]]) & 0xC0) != 0x80;
    }
    REQUIRE(ok);
  }
}

// The normalised prefix must not be cut between the two surrogates of a 4-byte character.
TEST_CASE("a combining mark after a 4-byte character is kept intact", "[read]") {
  const std::string input = "x\xF0\x9F\x98\x80\xCC\x81 y";  // x, U+1F600, U+0301, space, y
  const Text t = read::decode(input, "in.txt", {});
  CHECK(t.text == input);
  CHECK(offsets_of(t) == Offsets{0, 1, 1, 1, 1, 5, 5, 7, 8, 9});
}

TEST_CASE("normalisation of random valid input never loses characters", "[read]") {
  // The generator puts combining marks after 4-byte characters, among others.
  std::mt19937 rng(777);
  for (int round = 0; round < 300; ++round) {
    const std::string input = random_unnormalised(rng);
    CAPTURE(round, input);
    const Text t = read::decode(input, "random.txt", {});
    REQUIRE(t.text.find("\xEF\xBF\xBD") == std::string::npos);  // no U+FFFD made up
    // The normalised text is a fixed point: reading it again changes nothing.
    REQUIRE(read::decode(t.text, "again.txt", {}).text == t.text);
  }
}

TEST_CASE("UTF-8 with a few invalid bytes stays UTF-8, the bytes replaced", "[read]") {
  // A stray byte and a surrogate encoded in UTF-8 in French text: read as windows-1252, every
  // accent would be garbled.
  const std::string bytes =
      "Le caf\xC3\xA9 est chaud.\xFF \xC3\x87"
      "a va ? La limite \xED\xA0\x80 "
      "est atteinte. Tr\xC3\xA8s bien.\n";
  const Text t = read::decode(bytes, "in.txt", {});
  CHECK(t.encoding == "UTF-8");
  CHECK_THAT(t.text, Contains("café est chaud.\xEF\xBF\xBD Ça va") && Contains("Très bien"));
  REQUIRE(t.notices.size() == 1);
  CHECK_THAT(t.notices[0], Contains("byte 0xFF at offset 19") &&
                               Contains("1 other invalid sequence") && Contains("U+FFFD"));
  CHECK(t.offsets.back() == bytes.size());
}

TEST_CASE("an encoding ICU's detector names but cannot convert is not an option", "[read]") {
  // The detector answers IBM420_ltr for these bytes, for which ICU has no converter: the input
  // is refused as an input error, not reported as an unknown encoding (a usage error).
  const auto e = decode_error("\xB8 \n  \r\n0\t"s);
  REQUIRE(e);
  CHECK_THAT(e->what(), Contains("encoding was not recognised"));
}

TEST_CASE("UTF-8 that needs no change is taken as it is, as decoding would give it", "[read]") {
  // The same bytes read by default (UTF-8 taken as it is where it can be) and as a forced "utf8",
  // which always decodes and normalises: the same text and the same offsets, whether the text
  // needs normalising or not.
  static const std::vector<std::string> alphabet = {
      "a", "Z", " ", "\n", "\t", ".", "\xC3\xA9", "\xC3\x9F", "\xD0\xB6", "\xE2\x82\xAC",
      "\xE4\xB8\xAD", "\xF0\x9F\x98\x80", "\xC2\xA0", "\xE2\x80\xAF", "\xC2\xAB",
      // Rarer pieces that need normalise(): CR, a combining accent, U+FEFF, U+2028.
      "\r", "\r\n", "e\xCC\x81", "\xEF\xBB\xBF", "\xE2\x80\xA8"};
  std::mt19937 rng(2026);
  std::uniform_int_distribution<int> length(1, 400);
  std::uniform_int_distribution<std::size_t> common(0, 14), rare(15, alphabet.size() - 1);
  std::uniform_int_distribution<int> percent(0, 99);
  read::ReadOptions decoding;
  decoding.encoding = "utf8";
  std::size_t as_is = 0;
  for (int round = 0; round < 400; ++round) {
    std::string input = "x";
    const int n = length(rng);
    // Half the rounds have no rare piece (the text is taken as it is), half a few.
    const bool clean = round % 2 == 0;
    for (int k = 0; k < n; ++k)
      input += alphabet[!clean && percent(rng) < 3 ? rare(rng) : common(rng)];
    CAPTURE(round, input);
    const auto direct = read::normalised_as_is(input, 0, static_cast<std::uint32_t>(input.size()));
    as_is += direct.has_value();
    const Text fast = read::decode(input, "a.txt", {});
    const Text slow = read::decode(input, "a.txt", decoding);
    REQUIRE(fast.text == slow.text);
    REQUIRE(fast.offsets.size() == slow.offsets.size());
    bool same = true;
    for (std::size_t i = 0; i < fast.offsets.size(); ++i)
      same = same && fast.offsets[i] == slow.offsets[i];
    REQUIRE(same);
    if (direct) REQUIRE(direct->text == input);
  }
  CHECK(as_is >= 200);  // every clean round, and the others with no rare piece drawn
}

TEST_CASE("UTF-8 with anything normalise() changes is not taken as it is", "[read]") {
  const auto taken = [](const std::string& s) {
    return read::normalised_as_is(s, 0, static_cast<std::uint32_t>(s.size())).has_value();
  };
  CHECK(taken("Le pr\xC3\xA9sident \xC2\xAB ici \xC2\xBB.\n\tFin \xF0\x9F\x98\x80"));
  CHECK_FALSE(taken("a\r\nb"));
  CHECK_FALSE(
      taken("a\x01"
            "b"));
  CHECK_FALSE(
      taken("a\x7F"
            "b"));
  CHECK_FALSE(
      taken("a\xC2\x85"
            "b"));  // NEL, a C1 control
  CHECK_FALSE(
      taken("a\xEF\xBB\xBF"
            "b"));  // U+FEFF
  CHECK_FALSE(
      taken("a\xE2\x80\xA9"
            "b"));                     // U+2029
  CHECK_FALSE(taken("e\xCC\x81"));     // not NFC
  CHECK_FALSE(taken("a\xC3"));         // cut inside a character
  CHECK_FALSE(taken("\xED\xA0\x80"));  // a surrogate
  // Offsets: each byte of a character maps to its first byte, after `base`.
  const auto n = read::normalised_as_is("\xC3\xA9t\xC3\xA9", 3, 8);
  REQUIRE(n);
  const std::vector<std::uint32_t> expected = {3, 3, 5, 6, 6, 8};
  REQUIRE(n->offsets.size() == expected.size());
  for (std::size_t i = 0; i < expected.size(); ++i) CHECK(n->offsets[i] == expected[i]);
}

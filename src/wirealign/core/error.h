// Exceptions thrown by the wirealign library. The command-line program catches them once and maps
// them to exit codes: InputError, LanguageError and Error -> 1, ConfigError -> 2.
#pragma once

#include <cstdint>
#include <optional>
#include <stdexcept>
#include <string>

namespace wirealign {

// Base of every error the library throws on purpose. what() is a complete sentence for the user.
class Error : public std::runtime_error {
 public:
  explicit Error(const std::string& message) : std::runtime_error(message) {}
};

// Bad input data: a file that cannot be read, is not text, or is empty. Carries where it happened
// so that the message can say "in fr.txt, byte 1234".
class InputError : public Error {
 public:
  // `source` names the input as the user gave it ("fr.txt", or "<stdin>"); `byte_offset` is the
  // offset in the input where the problem was found, when there is one.
  InputError(std::string source, const std::string& message,
             std::optional<std::uint64_t> byte_offset = std::nullopt);

  // The input as the user named it.
  const std::string& source() const { return source_; }
  // Offset in the original bytes where the problem was found, if known.
  std::optional<std::uint64_t> byte_offset() const { return byte_offset_; }

 private:
  std::string source_;
  std::optional<std::uint64_t> byte_offset_;
};

// The texts do not read as their declared languages: the files look swapped, or a side is clearly
// in another language or script (pipeline/languages.h). The user must correct the command, or
// insist (--force-lang). what() says what each text reads as.
class LanguageError : public Error {
 public:
  explicit LanguageError(const std::string& message) : Error(message) {}
};

// Invalid configuration: an option value out of range, an unknown language code, a missing data
// directory. The user must change the command, not the input.
class ConfigError : public Error {
 public:
  explicit ConfigError(const std::string& message) : Error(message) {}
};

}  // namespace wirealign

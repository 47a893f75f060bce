// Where findings are, shared by the text, HTML and XLIFF reports: line numbers of sentences, lists
// of numbers ("3-5, 9"), the block each finding belongs to. Included by report .cpp files only.
#pragma once

#include <algorithm>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "wirealign/core/types.h"
#include "wirealign/report/printable.h"

namespace wirealign::report {

// Line numbers (from 1) of byte offsets in a normalised text: the lines of the input file, which
// are those of the normalised text (LF line ends) for plain text, and Text::line_starts for a web
// page. Holds a reference to the text.
class Lines {
 public:
  explicit Lines(const Text& text) : text_(text) {
    if (!text.line_starts.empty()) return;
    for (std::size_t i = 0; i < text.text.size(); ++i)
      if (text.text[i] == '\n') breaks_.push_back(i);
  }
  std::size_t line_of(std::size_t offset) const {
    if (!text_.line_starts.empty()) {
      const std::uint32_t original = text_.offsets[offset];
      return static_cast<std::size_t>(
                 std::upper_bound(text_.line_starts.begin(), text_.line_starts.end(), original) -
                 text_.line_starts.begin()) +
             1;
    }
    return static_cast<std::size_t>(std::lower_bound(breaks_.begin(), breaks_.end(), offset) -
                                    breaks_.begin()) +
           1;
  }

 private:
  const Text& text_;
  std::vector<std::size_t> breaks_;
};

// `numbers` sorted, without repeats, as a list with runs of consecutive numbers joined by `dash`:
// {15, 26} -> "15, 26"; {3, 4, 5, 9} -> "3-5, 9".
inline std::string number_list(std::vector<std::size_t> numbers, std::string_view dash = "-") {
  std::sort(numbers.begin(), numbers.end());
  numbers.erase(std::unique(numbers.begin(), numbers.end()), numbers.end());
  std::string s;
  for (std::size_t i = 0; i < numbers.size();) {
    std::size_t j = i;
    while (j + 1 < numbers.size() && numbers[j + 1] == numbers[j] + 1) ++j;
    if (!s.empty()) s += ", ";
    s += std::to_string(numbers[i]);
    if (j > i) {
      s += j == i + 1 ? std::string(", ") : std::string(dash);
      s += std::to_string(numbers[j]);
    }
    i = j + 1;
  }
  return s;
}

// "en.txt:5" or "en.txt:5-6, 9": where `sentences` of `doc` are in its input file (the lines they
// start on); empty when there are none.
inline std::string file_lines(const Document& doc, const Lines& lines,
                              const std::vector<std::uint32_t>& sentences) {
  std::vector<std::size_t> found;
  for (std::uint32_t i : sentences)
    if (i < doc.sentences.size()) found.push_back(lines.line_of(doc.sentences[i].span.begin));
  if (found.empty()) return {};
  return printable(doc.input.name) + ':' + number_list(found);
}

// Sentence indices (from 0) as numbers from 1 in a list: "15, 26", "3–5".
inline std::string sentence_list(const std::vector<std::uint32_t>& ids) {
  std::vector<std::size_t> numbers;
  for (std::uint32_t i : ids) numbers.push_back(std::size_t{i} + 1);
  return number_list(std::move(numbers), "\u2013");
}

// Where each finding is explained: the block of its first target sentence, else of its first
// source sentence; kNoBlock for a finding about no sentence.
constexpr std::size_t kNoBlock = static_cast<std::size_t>(-1);
inline std::vector<std::size_t> finding_blocks(const Document& src, const Document& tgt,
                                               const Alignment& alignment,
                                               const std::vector<Finding>& findings) {
  std::vector<std::size_t> src_block(src.sentences.size()), tgt_block(tgt.sentences.size());
  for (std::size_t b = 0; b < alignment.beads.size(); ++b) {
    const Bead& bead = alignment.beads[b];
    for (auto i = bead.src_begin; i < bead.src_end && i < src_block.size(); ++i) src_block[i] = b;
    for (auto k = bead.tgt_begin; k < bead.tgt_end && k < tgt_block.size(); ++k) tgt_block[k] = b;
  }
  std::vector<std::size_t> blocks(findings.size(), kNoBlock);
  for (std::size_t i = 0; i < findings.size(); ++i) {
    const Finding& f = findings[i];
    if (!f.tgt_sentences.empty() && f.tgt_sentences.front() < tgt_block.size())
      blocks[i] = tgt_block[f.tgt_sentences.front()];
    else if (!f.src_sentences.empty() && f.src_sentences.front() < src_block.size())
      blocks[i] = src_block[f.src_sentences.front()];
  }
  return blocks;
}

}  // namespace wirealign::report

// Segmented-document writers and the JSON pieces shared by report/.
#include "wirealign/report/document.h"

#include "wirealign/report/json_support.h"

namespace wirealign::report {

nlohmann::ordered_json sentences_json(const Document& doc) {
  auto out = nlohmann::ordered_json::array();
  for (std::size_t i = 0; i < doc.sentences.size(); ++i) {
    const Sentence& s = doc.sentences[i];
    out.push_back({{"index", i},
                   {"paragraph", s.paragraph},
                   {"start", s.original.begin},
                   {"end", s.original.end},
                   {"text", s.text}});
  }
  return out;
}

nlohmann::ordered_json notices_json(const std::vector<Notice>* notices) {
  auto out = nlohmann::ordered_json::array();
  if (notices)
    for (const Notice& n : *notices)
      out.push_back({{"kind", n.kind}, {"subject", n.subject}, {"message", n.message}});
  return out;
}

std::string dump(const nlohmann::ordered_json& j) {
  return j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + '\n';
}

void write_sentences_text(std::ostream& out, const Document& doc) {
  for (const Sentence& s : doc.sentences) out << s.text << '\n';
}

void write_sentences_json(std::ostream& out, const Document& doc) {
  nlohmann::ordered_json j;
  j["source"] = doc.input.name;
  j["lang"] = doc.lang;
  j["encoding"] = doc.input.encoding;
  j["paragraphs"] = doc.paragraphs;
  j["sentences"] = sentences_json(doc);
  out << dump(j);
}

}  // namespace wirealign::report

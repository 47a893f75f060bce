// The human report of an audit.
#include "wirealign/report/findings.h"

namespace wirealign::report {

void write_findings_text(std::ostream& out, const CheckedPair& pair, const TextStyle&) {
  for (const Finding& f : pair.findings)
    out << severity_name(f.severity) << ' ' << f.kind << ": " << f.message << '\n';
}

}  // namespace wirealign::report

// Renderings: the PDF renderings and office documents of the bundled
// catalogue that every test which says "the same catalogue, however it is
// printed" runs over. One list, so a rendering added to fixtures/renderings/
// or fixtures/docx/ is checked for its records and for its diff alike.
#ifndef SAMATTHANA_TESTS_RENDERINGS_H_
#define SAMATTHANA_TESTS_RENDERINGS_H_

#include <initializer_list>
#include <string>
#include <vector>

namespace samatthana::testing {

// Fixture paths: `others` first, then the corpus PDF, every PDF rendering,
// and the catalogue as a Word document, its PDF export and its OpenDocument
// copy.
inline std::vector<std::string> WithPdfRenderings(std::initializer_list<const char*> others) {
  std::vector<std::string> all(others.begin(), others.end());
  for (const char* pdf :
       {"cpd-competencies.pdf", "renderings/cpd-competencies.browser.pdf",
        "renderings/cpd-competencies.browser-bullets.pdf", "renderings/cpd-competencies.legacy.pdf",
        "renderings/cpd-competencies.office-laksaman.pdf",
        "renderings/cpd-competencies.office-typo.pdf",
        "renderings/cpd-competencies.browser-letter.pdf",
        "renderings/cpd-competencies.browser-a5.pdf",
        "renderings/cpd-competencies.office-unmapped-bullets.pdf",
        "renderings/cpd-competencies.browser-inside.pdf", "docx/cpd-competencies.docx",
        "docx/cpd-competencies.docx.pdf", "docx/cpd-competencies.odt"}) {
    all.emplace_back(pdf);
  }
  return all;
}

}  // namespace samatthana::testing

#endif  // SAMATTHANA_TESTS_RENDERINGS_H_

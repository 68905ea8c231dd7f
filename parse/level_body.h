// LevelBody: a level's title and indicators, from the lines between its
// heading and the next heading (or the next competency's head).
#ifndef SAMATTHANA_PARSE_LEVEL_BODY_H_
#define SAMATTHANA_PARSE_LEVEL_BODY_H_

#include <vector>

#include "model/catalogue.h"
#include "parse/labels.h"
#include "parse/structure.h"
#include "parse/unit.h"

namespace samatthana::parse {

// Fills `level` (its number, title, indicators, source) from the heading
// unit `heading` and the body units up to `end`, and gives each unit its
// role. The document's habits decide what a line without a list mark is:
// where the level's items carry marks, it goes on with the item (or title)
// before it; in hard-wrapped text, a line after a full line goes on with
// it; otherwise it is an item of its own. A level whose text is one running
// description keeps all of it as its title.
// `code` is the competency's ("C03"), for the units' record codes.
void ReadLevelBody(std::vector<Unit>* units, size_t heading, size_t end, const Habits& habits,
                   const Labels& labels, const std::string& code, Level* level);

}  // namespace samatthana::parse

#endif  // SAMATTHANA_PARSE_LEVEL_BODY_H_

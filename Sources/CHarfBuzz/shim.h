// HarfBuzz (Debian libharfbuzz-dev): the glyph metrics the documents are laid out with,
// and its subsetter, which cuts a font down to the glyphs one document prints.
#include <hb.h>
#include <hb-subset.h>

#pragma once
// The system libyaml (Debian: libyaml-dev). Never a vendored copy: see docs/architecture.md.
#include <yaml.h>

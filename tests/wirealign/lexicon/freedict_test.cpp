// Tests of reading FreeDict dictd dictionaries.
#include "wirealign/lexicon/freedict.h"

#include <catch2/catch.hpp>

#pragma once

// libpqxx 6.4 already maps std::optional parameters to SQL NULL when empty (string_traits for
// optional-like types); nothing to add, this header only documents it for the repositories.
#include <pqxx/strconv>
#include <optional>

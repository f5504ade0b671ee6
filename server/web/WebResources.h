#pragma once

#include <map>
#include <string>
#include <string_view>

namespace helpdesk::web {

/// The files under resources/web (templates/, i18n/, static/), compiled in by
/// cmake/EmbedFiles.cmake and keyed by their path below resources/web ("templates/layout.mustache").
const std::map<std::string, std::string_view> &webResources();

/// One of webResources(); throws std::out_of_range naming the path when it is missing.
std::string_view webResource(const std::string &path);

} // namespace helpdesk::web

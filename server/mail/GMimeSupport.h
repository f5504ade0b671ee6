#pragma once

#include <gmime/gmime.h>

#include <memory>
#include <string>

namespace helpdesk::mail {

/// Initialises GMime once per process (any thread).
void ensureGMime();

template <typename T> struct GObjectDeleter {
    void operator()(T *p) const
    {
        if (p)
            g_object_unref(p);
    }
};
/// Owns one GObject reference.
template <typename T> using GPtr = std::unique_ptr<T, GObjectDeleter<T>>;

/// ASCII lower case (addresses, header names, MIME types).
std::string lower(std::string s);
/// Without leading and trailing spaces, tabs and line ends.
std::string trim(const std::string &s);
/// Makes any bytes valid UTF-8: valid input stays, anything else is read as windows-1252
/// (what mislabelled Western mail almost always is).
std::string ensureUtf8(const std::string &bytes);
/// A header's unfolded, decoded value in UTF-8, "" when absent.
std::string headerOf(GMimeObject *object, const char *name);
/// The decoded bytes of a part's content.
std::string bytesOf(GMimeDataWrapper *content);
/// The text with CRLF line ends turned into LF.
std::string unixNewlines(std::string text);
/// The whole of a message as bytes (how a forwarded message is kept as a file); "" when it has
/// neither header nor body (an attached message left empty).
std::string messageBytes(GMimeMessage *message);
/// A Message-ID or Content-ID without its angle brackets.
std::string stripAngles(std::string id);

} // namespace helpdesk::mail

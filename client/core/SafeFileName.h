#pragma once

#include <QString>

namespace helpdesk::client {

/// A name under which a file a stranger named (an attachment's file name from a mail) can be
/// saved in a folder of the agent's choosing: only the last part of any path, no control, format
/// or bidirectional characters, none of the characters Windows refuses, no leading or trailing
/// dots and spaces, no reserved device name (CON, NUL, COM1, …), at most 255 UTF-8 bytes with the
/// extension kept; "attachment" when nothing is left. Any thread.
QString safeFileName(const QString &offered);

} // namespace helpdesk::client

#include "integrations/freshdesk/RailsXml.h"

#include <Poco/SAX/Attributes.h>
#include <Poco/SAX/ContentHandler.h>
#include <Poco/SAX/InputSource.h>
#include <Poco/SAX/Locator.h>
#include <Poco/SAX/SAXException.h>
#include <Poco/SAX/SAXParser.h>

#include <stdexcept>

namespace helpdesk::integrations::freshdesk {

const XmlNode *XmlNode::child(const std::string &childName) const
{
    for (const auto &c : children)
        if (c.name == childName)
            return &c;
    return nullptr;
}

std::optional<std::string> XmlNode::text(const std::string &childName) const
{
    auto *c = child(childName);
    if (!c || c->nil)
        return std::nullopt;
    return c->content;
}

std::optional<long long> XmlNode::integer(const std::string &childName) const
{
    auto t = text(childName);
    if (!t || t->empty())
        return std::nullopt;
    try {
        return std::stoll(*t);
    } catch (const std::exception &) {
        return std::nullopt;
    }
}

bool XmlNode::flag(const std::string &childName, bool fallback) const
{
    auto t = text(childName);
    if (!t || t->empty())
        return fallback;
    return *t == "true" || *t == "1";
}

namespace {
/// Builds one record tree at a time below the root; text is kept only for leaf content.
class RecordBuilder : public Poco::XML::ContentHandler
{
public:
    explicit RecordBuilder(const std::function<void(const XmlNode &, long long)> &onRecord) : m_onRecord(onRecord) {}

    void setDocumentLocator(const Poco::XML::Locator *locator) override { m_locator = locator; }
    void startDocument() override {}
    void endDocument() override {}
    void startPrefixMapping(const Poco::XML::XMLString &, const Poco::XML::XMLString &) override {}
    void endPrefixMapping(const Poco::XML::XMLString &) override {}
    void ignorableWhitespace(const Poco::XML::XMLChar[], int, int) override {}
    void processingInstruction(const Poco::XML::XMLString &, const Poco::XML::XMLString &) override {}
    void skippedEntity(const Poco::XML::XMLString &) override {}

    void startElement(const Poco::XML::XMLString &, const Poco::XML::XMLString &localName,
                      const Poco::XML::XMLString &qname, const Poco::XML::Attributes &attributes) override
    {
        ++m_depth;
        if (m_depth == 1)
            return; // the root array
        if (m_stack.empty())
            m_recordBytes = 0;
        if (m_leftOut > 0 || m_stack.size() >= kMaxRecordDepth || !charge(sizeof(XmlNode) + qname.size())) {
            // Left out with everything inside it; a tree this deep would also be freed recursively.
            if (m_leftOut++ == 0 && m_stack.size() >= kMaxRecordDepth)
                reject("elements nest deeper than " + std::to_string(kMaxRecordDepth) + " levels");
            return;
        }
        XmlNode node;
        node.name = localName.empty() ? qname : localName;
        node.type = attributes.getValue("type");
        node.nil = attributes.getValue("nil") == "true";
        m_stack.push_back(std::move(node));
    }

    void endElement(const Poco::XML::XMLString &, const Poco::XML::XMLString &, const Poco::XML::XMLString &) override
    {
        --m_depth;
        if (m_leftOut > 0) {
            --m_leftOut;
            return;
        }
        if (m_stack.empty())
            return;
        XmlNode done = std::move(m_stack.back());
        m_stack.pop_back();
        if (!done.children.empty())
            done.content.clear(); // whitespace between child elements
        if (m_stack.empty())
            m_onRecord(done, m_position++);
        else
            m_stack.back().children.push_back(std::move(done));
    }

    void characters(const Poco::XML::XMLChar ch[], int start, int length) override
    {
        if (m_stack.empty() || m_leftOut > 0)
            return;
        auto &node = m_stack.back();
        auto size = static_cast<std::size_t>(length);
        if (node.content.size() + size > kMaxFieldBytes) {
            reject("the field " + node.name + " has more than " + std::to_string(kMaxFieldBytes) + " bytes");
            node.content.clear();
            return;
        }
        if (charge(size))
            node.content.append(ch + start, size);
    }

    int line() const { return m_locator ? m_locator->getLineNumber() : 0; }

private:
    /// Marks the record being read as not whole (the first reason is kept).
    void reject(const std::string &why)
    {
        if (!m_stack.empty() && m_stack.front().problem.empty())
            m_stack.front().problem = why + " (the record is left out)";
    }

    /// Counts bytes against the record's budget; false (and the record rejected) when over it.
    bool charge(std::size_t bytes)
    {
        m_recordBytes += bytes;
        if (m_recordBytes <= kMaxRecordBytes)
            return true;
        reject("the record has more than " + std::to_string(kMaxRecordBytes) + " bytes");
        return false;
    }

    const std::function<void(const XmlNode &, long long)> &m_onRecord;
    const Poco::XML::Locator *m_locator = nullptr;
    std::vector<XmlNode> m_stack;
    int m_depth = 0;
    std::size_t m_leftOut = 0; // depth inside an element being left out
    std::size_t m_recordBytes = 0;
    long long m_position = 0;
};
} // namespace

void readRecords(std::istream &in, const std::string &sourceName,
                 const std::function<void(const XmlNode &record, long long position)> &onRecord)
{
    RecordBuilder builder(onRecord);
    Poco::XML::SAXParser parser;
    parser.setFeature(Poco::XML::XMLReader::FEATURE_NAMESPACES, false);
    parser.setContentHandler(&builder);
    Poco::XML::InputSource source(in);
    try {
        parser.parse(&source);
    } catch (const Poco::XML::SAXParseException &e) {
        throw std::runtime_error(sourceName + ": malformed XML at line " + std::to_string(e.getLineNumber()) + ": " +
                                 e.message());
    } catch (const Poco::Exception &e) {
        throw std::runtime_error(sourceName + ": " + e.displayText());
    }
}

} // namespace helpdesk::integrations::freshdesk

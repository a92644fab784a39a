// SPDX-License-Identifier: GPL-3.0-or-later
#include "yamlrecords.h"

#include <QHash>

#include <yaml.h>

namespace {

struct ParseFault
{
};

// libyaml's parser and its current event, freed whatever happens.
class EventStream
{
public:
    explicit EventStream(const QByteArray &yaml)
    {
        m_ready = yaml_parser_initialize(&m_parser) != 0;
        if (m_ready)
            yaml_parser_set_input_string(&m_parser, reinterpret_cast<const unsigned char *>(yaml.constData()),
                                         size_t(yaml.size()));
    }
    ~EventStream()
    {
        clear();
        if (m_ready)
            yaml_parser_delete(&m_parser);
    }
    EventStream(const EventStream &) = delete;
    EventStream &operator=(const EventStream &) = delete;

    // The next event; the previous one is freed. Throws ParseFault on invalid YAML.
    const yaml_event_t &next()
    {
        clear();
        if (!m_ready || !yaml_parser_parse(&m_parser, &m_event))
            throw ParseFault{};
        m_hasEvent = true;
        return m_event;
    }

    bool ready() const { return m_ready; }
    const yaml_parser_t &parser() const { return m_parser; }

private:
    void clear()
    {
        if (m_hasEvent)
            yaml_event_delete(&m_event);
        m_hasEvent = false;
    }

    yaml_parser_t m_parser{};
    yaml_event_t m_event{};
    bool m_ready = false;
    bool m_hasEvent = false;
};

using Value = YamlRecords::Value;

// A view of libyaml's text: looking at a scalar costs no copy.
QByteArrayView bytes(const yaml_char_t *text, size_t length)
{
    return QByteArrayView(reinterpret_cast<const char *>(text), qsizetype(length));
}

// YAML 1.2's core schema: an untagged plain "", "~", "null", "Null" or "NULL" is null (as yaml-cpp reads it).
bool isNull(const yaml_event_t &scalar)
{
    if (scalar.data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
        return false;
    const QByteArrayView text = bytes(scalar.data.scalar.value, scalar.data.scalar.length);
    return text.isEmpty() || text == "~" || text == "null" || text == "Null" || text == "NULL";
}

// Turns events into values, remembering anchored scalars so that an alias reads as its value.
class NodeReader
{
public:
    explicit NodeReader(EventStream &events) : m_events(events) {}

    // The node that starts with `first` (the current event), read to its end.
    Value read(const yaml_event_t &first)
    {
        switch (first.type) {
        case YAML_SCALAR_EVENT: {
            Value value;
            if (!isNull(first)) {
                value.kind = Value::Scalar;
                value.text = QString::fromUtf8(bytes(first.data.scalar.value, first.data.scalar.length));
            }
            if (first.data.scalar.anchor)
                m_anchors.insert(anchorName(first.data.scalar.anchor), value);
            return value;
        }
        case YAML_ALIAS_EVENT:
            return m_anchors.value(anchorName(first.data.alias.anchor), Value{Value::Nested, {}});
        case YAML_SEQUENCE_START_EVENT:
        case YAML_MAPPING_START_EVENT:
            skipRestOfCollection();
            return Value{Value::Nested, {}};
        default:
            throw ParseFault{}; // libyaml never starts a node with another event
        }
    }

    // The key-value pairs of a map whose start event was just read; in a nested map, maps are Nested.
    YamlRecords::Record readMap(bool nested = false)
    {
        YamlRecords::Record record;
        record.isMap = true;
        for (;;) {
            const yaml_event_t &keyEvent = m_events.next();
            if (keyEvent.type == YAML_MAPPING_END_EVENT)
                return record;
            QByteArray key;
            if (keyEvent.type == YAML_SCALAR_EVENT)
                key = bytes(keyEvent.data.scalar.value, keyEvent.data.scalar.length).toByteArray();
            const Value keyValue = read(keyEvent);
            if (keyValue.kind == Value::Scalar && key.isEmpty())
                key = keyValue.text.toUtf8(); // an alias used as a key
            const yaml_event_t &valueEvent = m_events.next();
            if (valueEvent.type == YAML_MAPPING_START_EVENT && !nested && !key.isEmpty()) {
                // One level of map is read as dotted keys ("downloads: {github: URL}" ->
                // "downloads.github"), after the map's own key as Nested.
                const YamlRecords::Record inner = readMap(true);
                record.fields.append({key, Value{Value::Nested, {}}});
                for (const auto &field : inner.fields)
                    record.fields.append({key + '.' + field.first, field.second});
                continue;
            }
            const Value value = read(valueEvent);
            if (!key.isEmpty())
                record.fields.append({key, value});
        }
    }

private:
    static QByteArray anchorName(const yaml_char_t *anchor)
    {
        return QByteArray(reinterpret_cast<const char *>(anchor));
    }

    void skipRestOfCollection()
    {
        for (int depth = 1; depth > 0;) {
            switch (m_events.next().type) {
            case YAML_SEQUENCE_START_EVENT:
            case YAML_MAPPING_START_EVENT:
                ++depth;
                break;
            case YAML_SEQUENCE_END_EVENT:
            case YAML_MAPPING_END_EVENT:
                --depth;
                break;
            default:
                break;
            }
        }
    }

    EventStream &m_events;
    QHash<QByteArray, Value> m_anchors;
};

} // namespace

const YamlRecords::Value *YamlRecords::Record::find(const char *key) const
{
    for (const auto &field : fields) {
        if (field.first == key)
            return &field.second;
    }
    return nullptr;
}

YamlRecords::Result YamlRecords::read(const QByteArray &yaml)
{
    Result result;
    EventStream events(yaml);
    NodeReader nodes(events);
    try {
        events.next(); // stream start
        if (events.next().type == YAML_STREAM_END_EVENT)
            return result; // no document at all
        const yaml_event_t &root = events.next();
        if (root.type == YAML_SEQUENCE_START_EVENT) {
            result.root = Root::List;
            for (;;) {
                const yaml_event_t &item = events.next();
                if (item.type == YAML_SEQUENCE_END_EVENT)
                    break;
                if (item.type == YAML_MAPPING_START_EVENT) {
                    result.records.append(nodes.readMap());
                } else {
                    nodes.read(item);
                    result.records.append(Record{});
                }
            }
        } else {
            result.root = nodes.read(root).kind == Value::Null ? Root::Empty : Root::Other;
        }
        events.next(); // the document's end: anything after its root is a fault too
    } catch (const ParseFault &) {
        const yaml_parser_t &parser = events.parser();
        result.records.clear();
        if (!events.ready() || parser.error == YAML_MEMORY_ERROR || !parser.problem) {
            result.error = QStringLiteral("out of memory");
        } else {
            result.error = QString::fromUtf8(parser.problem);
            result.errorLine = int(parser.problem_mark.line) + 1;
            result.errorColumn = int(parser.problem_mark.column) + 1;
        }
    }
    return result;
}

QString YamlRecords::Result::errorText() const
{
    if (ok())
        return {};
    return YamlRecords::tr("not valid YAML (line %1, column %2): %3").arg(errorLine).arg(errorColumn).arg(error);
}

// SPDX-FileCopyrightText: 2026 Sandbar contributors
// SPDX-License-Identifier: GPL-3.0-or-later
#include "http/requeststream.h"

#include <boost/beast/http/basic_parser.hpp>

#include <limits>

namespace Sandbar::Server {

namespace http = boost::beast::http;
using boost::beast::error_code;
using boost::beast::string_view;

namespace {
QByteArray bytes(string_view text)
{
    return QByteArray(text.data(), qsizetype(text.size()));
}
} // namespace

QByteArray RequestHead::value(const QByteArray &name) const
{
    for (const auto &field : fields) {
        if (field.first.compare(name, Qt::CaseInsensitive) == 0)
            return field.second;
    }
    return {};
}

QUrlQuery RequestHead::query() const
{
    const qsizetype question = target.indexOf('?');
    return QUrlQuery(question < 0 ? QString() : QString::fromUtf8(target.mid(question + 1)));
}

class RequestStream::Parser : public http::basic_parser<true>
{
public:
    RequestHead head;
    std::function<void(QByteArrayView)> sink;

private:
    void on_request_impl(http::verb, string_view method, string_view target, int, error_code &) override
    {
        head.method = bytes(method);
        head.target = bytes(target);
    }
    void on_response_impl(int, string_view, int, error_code &) override {}
    void on_field_impl(http::field, string_view name, string_view value, error_code &) override
    {
        head.fields.append({bytes(name), bytes(value)});
    }
    void on_header_impl(error_code &) override
    {
        head.contentLength = chunked() ? std::nullopt : std::optional<quint64>(content_length().value_or(0));
        head.keepAlive = keep_alive();
        head.upgrade = upgrade();
    }
    void on_body_init_impl(boost::optional<std::uint64_t> const &, error_code &) override {}
    std::size_t on_body_impl(string_view body, error_code &) override
    {
        if (sink)
            sink(QByteArrayView(body.data(), qsizetype(body.size())));
        return body.size();
    }
    void on_chunk_header_impl(std::uint64_t, string_view, error_code &) override {}
    std::size_t on_chunk_body_impl(std::uint64_t, string_view body, error_code &ec) override
    {
        return on_body_impl(body, ec);
    }
    void on_finish_impl(error_code &) override {}
};

RequestStream::RequestStream() : m_parser(std::make_unique<Parser>())
{
    m_parser->header_limit(kMaxHeadBytes);
    // Each route sets its own limit. (Not boost::none: Boost 1.74 compares a Content-Length
    // against an empty limit as if it were smaller.)
    m_parser->body_limit(std::numeric_limits<std::uint64_t>::max());
    m_parser->eager(false);
}

RequestStream::~RequestStream() = default;

void RequestStream::setBodyLimit(quint64 bytes)
{
    m_parser->body_limit(bytes);
}

void RequestStream::setBodySink(std::function<void(QByteArrayView)> sink)
{
    m_parser->sink = std::move(sink);
}

qsizetype RequestStream::feed(const char *data, qsizetype size)
{
    if (failed() || done())
        return 0;
    // Past the head the parser may go on to the end of what it is given.
    m_parser->eager(m_parser->is_header_done());
    error_code ec;
    const std::size_t used = m_parser->put(boost::asio::const_buffer(data, std::size_t(size)), ec);
    if (ec == http::error::need_more)
        return qsizetype(used);
    if (ec) {
        m_error = QString::fromStdString(ec.message());
        m_tooLarge = ec == http::error::body_limit;
        m_headTooLarge = ec == http::error::header_limit;
    }
    return qsizetype(used);
}

bool RequestStream::headDone() const
{
    return m_parser->is_header_done();
}

qint64 RequestStream::bodyRemaining() const
{
    if (!headDone())
        return -1;
    if (done())
        return 0;
    const auto remaining = m_parser->content_length_remaining();
    return remaining ? qint64(*remaining) : -1;
}

bool RequestStream::done() const
{
    return m_parser->is_done();
}

const RequestHead &RequestStream::head() const
{
    return m_parser->head;
}

} // namespace Sandbar::Server

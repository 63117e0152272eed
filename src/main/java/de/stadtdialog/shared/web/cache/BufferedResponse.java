package de.stadtdialog.shared.web.cache;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

/**
 * Holds a response's body back until the filter decides whether to keep it. A body larger than the
 * limit, or a response flushed on purpose (a stream of server-sent events, a large export), goes out
 * as it is written and is not kept.
 */
class BufferedResponse extends HttpServletResponseWrapper {

    private final int limit;
    private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(16 * 1024);
    private boolean passingThrough;
    private boolean setsCookie;
    private ServletOutputStream stream;
    private PrintWriter writer;

    BufferedResponse(HttpServletResponse response, int limit) {
        super(response);
        this.limit = limit;
    }

    /** Whether the whole body is still here, so the page can be kept and sent by the filter. */
    boolean buffered() {
        return !passingThrough;
    }

    boolean setsCookie() {
        return setsCookie;
    }

    byte[] body() {
        if (writer != null) {
            writer.flush();
        }
        return buffer.toByteArray();
    }

    /** Sends what was held back and everything after it straight on. */
    void passThrough() throws IOException {
        if (writer != null) {
            writer.flush();
        }
        if (!passingThrough) {
            passingThrough = true;
            if (buffer.size() > 0) {
                getResponse().getOutputStream().write(buffer.toByteArray());
                buffer.reset();
            }
        }
    }

    @Override
    public void addCookie(Cookie cookie) {
        setsCookie = true;
        super.addCookie(cookie);
    }

    @Override
    public void addHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.addHeader(name, value);
    }

    @Override
    public void setHeader(String name, String value) {
        setsCookie |= "Set-Cookie".equalsIgnoreCase(name);
        super.setHeader(name, value);
    }

    @Override
    public ServletOutputStream getOutputStream() {
        if (stream == null) {
            stream = new ServletOutputStream() {
                @Override
                public void write(int b) throws IOException {
                    write(new byte[] { (byte) b }, 0, 1);
                }

                @Override
                public void write(byte[] bytes, int offset, int length) throws IOException {
                    if (!passingThrough && buffer.size() + length > limit) {
                        passThrough();
                    }
                    if (passingThrough) {
                        getResponse().getOutputStream().write(bytes, offset, length);
                    } else {
                        buffer.write(bytes, offset, length);
                    }
                }

                @Override
                public void flush() throws IOException {
                    if (passingThrough) {
                        getResponse().getOutputStream().flush();
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setWriteListener(WriteListener listener) {
                    throw new UnsupportedOperationException("Non-blocking writes are not buffered");
                }
            };
        }
        return stream;
    }

    @Override
    public PrintWriter getWriter() {
        if (writer == null) {
            String encoding = getCharacterEncoding();
            Charset charset = encoding == null ? StandardCharsets.ISO_8859_1 : Charset.forName(encoding);
            writer = new PrintWriter(new OutputStreamWriter(getOutputStream(), charset));
        }
        return writer;
    }

    /**
     * Spring flushes every {@code ResponseEntity} after writing it; that must not end the buffering (a
     * streamed response is asynchronous or outgrows the limit, and passes through then).
     */
    @Override
    public void flushBuffer() throws IOException {
        if (passingThrough) {
            getResponse().flushBuffer();
        }
    }

    @Override
    public void setContentLength(int length) {
        if (passingThrough) {
            super.setContentLength(length);
        }
    }

    @Override
    public void setContentLengthLong(long length) {
        if (passingThrough) {
            super.setContentLengthLong(length);
        }
    }

    @Override
    public void resetBuffer() {
        buffer.reset();
        super.resetBuffer();
    }

    @Override
    public void reset() {
        buffer.reset();
        super.reset();
    }
}

package de.stadtdialog.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.apache.tomcat.util.http.InvalidParameterException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes control characters other than tab and line breaks from every request parameter before
 * anything reads it. No one types them; NUL in particular is refused by PostgreSQL and would turn a
 * harmless form into a server error, and the others only serve to hide or garble text.
 *
 * <p>It belongs in the security filter chain after the header writer and before the CSRF check (the
 * first to read a parameter), so that even the refusal of an unreadable request carries the security
 * headers.
 */
public class ControlCharacterFilter extends OncePerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Cleaned cleaned = new Cleaned(request);
        cleaned.getParameterMap();
        if (cleaned.failure != null && request.getDispatcherType() != DispatcherType.ERROR) {
            // Tomcat could not read the parameters (a cut-off multipart body, too many parameters or parts,
            // a body over the limits) and fails every later read the same way; answer before anything reads them
            response.sendError(cleaned.failure instanceof InvalidParameterException invalid
                    && invalid.getErrorCode() >= 400 ? invalid.getErrorCode() : HttpServletResponse.SC_BAD_REQUEST);
            return;
        }
        chain.doFilter(cleaned, response);
    }

    /** The error page reads parameters too (the language); there, unreadable ones count as none. */
    @Override
    protected boolean shouldNotFilterErrorDispatch() {
        return false;
    }

    @Override
    protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response,
            FilterChain chain) throws ServletException, IOException {
        chain.doFilter(new Cleaned(request), response);
    }

    static String clean(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("");
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;
        private IllegalStateException failure;

        Cleaned(HttpServletRequest request) {
            super(request);
        }

        @Override
        public String getParameter(String name) {
            String[] values = getParameterMap().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = getParameterMap().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            // read lazily: multipart bodies are parsed only when someone asks for their fields
            if (parameters == null) {
                Map<String, String[]> raw;
                try {
                    raw = super.getParameterMap();
                } catch (IllegalStateException e) {
                    failure = e;
                    raw = Map.of();
                }
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                raw.forEach((name, values) -> {
                    String[] copy = new String[values.length];
                    for (int i = 0; i < values.length; i++) {
                        copy[i] = clean(values[i]);
                    }
                    cleaned.put(clean(name), copy);
                });
                parameters = Collections.unmodifiableMap(cleaned);
            }
            return parameters;
        }

        @Override
        public java.util.Enumeration<String> getParameterNames() {
            return Collections.enumeration(getParameterMap().keySet());
        }
    }
}

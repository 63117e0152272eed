package de.stadtdialog.shared.web;

import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Removes control characters other than tab and line breaks from every request parameter before
 * anything reads it. No one types them; NUL in particular is refused by PostgreSQL and would turn a
 * harmless form into a server error, and the others only serve to hide or garble text.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 100)
class ControlCharacterFilter extends OncePerRequestFilter {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        chain.doFilter(new Cleaned(request), response);
    }

    static String clean(String value) {
        return value == null ? null : CONTROL.matcher(value).replaceAll("");
    }

    private static final class Cleaned extends HttpServletRequestWrapper {

        private Map<String, String[]> parameters;

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
                Map<String, String[]> cleaned = new LinkedHashMap<>();
                super.getParameterMap().forEach((name, values) -> {
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

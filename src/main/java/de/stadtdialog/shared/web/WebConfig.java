package de.stadtdialog.shared.web;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.support.RequestContextUtils;

@Configuration
@EnableConfigurationProperties(PlatformSettings.class)
class WebConfig implements WebMvcConfigurer {

    @Bean
    Clock clock() {
        return Clock.system(ZoneId.of("Europe/Berlin"));
    }

    /**
     * The browser's language decides until the reader switches; the switch is remembered in a
     * cookie that only that explicit choice sets.
     */
    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new CookieLocaleResolver(Languages.COOKIE);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // no script of ours reads it, so no injected one may either
        resolver.setCookieHttpOnly(true);
        resolver.setDefaultLocaleFunction(request -> Languages.fromAcceptLanguage(request.getHeader("Accept-Language")));
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(new HandlerInterceptor() {
            @Override
            public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
                String lang = request.getParameter("lang");
                Languages.SUPPORTED.stream().filter(locale -> locale.getLanguage().equals(lang)).findFirst()
                        .ifPresent(locale -> RequestContextUtils.getLocaleResolver(request)
                                .setLocale(request, response, locale));
                return true;
            }
        });
    }
}

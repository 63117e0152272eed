package de.stadtdialog.account;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import de.stadtdialog.shared.web.SignedInUser;

/** The logged-in person, as kept in the session. Holds no password. */
public record CurrentUser(long id, String username, boolean platformAdmin) implements UserDetails, SignedInUser {

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return platformAdmin ? List.of(new SimpleGrantedAuthority("ROLE_ADMIN"), new SimpleGrantedAuthority("ROLE_USER"))
                : List.of(new SimpleGrantedAuthority("ROLE_USER"));
    }

    @Override
    public String getPassword() {
        return null;
    }

    @Override
    public String getUsername() {
        return username;
    }
}

package de.stadtdialog.support.browser;

/** Who looks at a page: a visitor, or one of the demo city's accounts. */
public enum Role {
    VISITOR(null), CITIZEN("buergerin"), INITIATOR("umwelt"), MODERATOR("moderation"), ADMIN("admin");

    private final String demoLogin;

    Role(String demoLogin) {
        this.demoLogin = demoLogin;
    }

    public String demoLogin() {
        return demoLogin;
    }
}

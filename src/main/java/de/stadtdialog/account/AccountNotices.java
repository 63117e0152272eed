package de.stadtdialog.account;

import java.util.List;

import org.springframework.context.MessageSourceResolvable;

/**
 * What other modules have to tell a person on their account page (for example a moderators' block
 * in force), so the account module need not know those modules.
 */
public interface AccountNotices {

    List<MessageSourceResolvable> noticesFor(long accountId);
}

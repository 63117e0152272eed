package de.stadtdialog.organisation.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import de.stadtdialog.permission.OrgRole;

public class MemberForm {

    @NotBlank
    public String login = "";

    @NotNull
    public OrgRole role = OrgRole.INITIATOR;
}

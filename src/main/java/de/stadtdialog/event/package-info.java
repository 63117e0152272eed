/**
 * Veranstaltungen: in-person, online and hybrid events of an organisation, standing alone or part
 * of a project, with registration, an optional capacity and a waiting list that moves up by
 * itself, mails before and after, documents afterwards and iCalendar files and feeds.
 */
package de.stadtdialog.event;

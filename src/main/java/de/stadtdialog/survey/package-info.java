/**
 * Surveys ("Umfrage"): a form of questions per phase, answered online by people with an account or
 * typed in from paper by staff, with results as server-rendered charts and tables, and exports.
 */
package de.stadtdialog.survey;

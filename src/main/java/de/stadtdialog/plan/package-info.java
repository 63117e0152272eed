/**
 * The Vorhabenliste: the public list of planned municipal projects (Vorhaben), maintained by the
 * departments, with filters, exports, a history of every change and a mark for entries that have
 * not been kept up to date. An entry may name the participation projects it led to.
 */
package de.stadtdialog.plan;

/**
 * The idea collection and idea map ("Ideensammlung", "Ideenkarte"): citizens propose ideas, place
 * them on the map, support and discuss them; the city sets a status and answers each one. One
 * collection belongs to a project and is shared by all of the project's idea phases, so the same
 * ideas are collected, rated, reviewed, voted on and finally answered.
 */
package de.stadtdialog.idea;

/**
 * Demo content of a city modelled on Kaiserslautern: accounts for every role, departments, topics
 * and the real districts, and projects in every state (planned, running, finished, archived,
 * private, draft) with news posts. It is loaded only in the {@code demo} profile and only into an
 * empty database, so it never mixes with the data of a real installation.
 */
package de.stadtdialog.demo;

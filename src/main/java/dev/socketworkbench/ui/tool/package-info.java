/**
 * The shape every tool tab of the workbench shares: a model the workbench remembers and stops, a
 * log console, and a view built when the tab is first shown.
 */
package dev.socketworkbench.ui.tool;

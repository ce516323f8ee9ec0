/**
 * The use cases both front ends run: search (with ranking), train, quantize and export, each one class
 * over the services, with one defaults object ({@link dev.dartboard.flow.FlowDefaults}) and the data step
 * wired once ({@link dev.dartboard.flow.DataStep}). {@code cli} parses options and prints around these flows,
 * {@code ui} binds and shows them; neither assembles the services itself (LayeringTest). The flows import the
 * services; no service imports a flow.
 */
package dev.dartboard.flow;

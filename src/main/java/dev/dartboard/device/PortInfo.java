package dev.dartboard.device;

/** A serial port: path, description, USB "vid:pid" in lowercase hex (null if not USB), likely board (null if unknown). */
public record PortInfo(String path, String description, String usbId, String likelyBoard) { }

package dev.dartboard.device;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The board's INFO answer (layout in dp_proto.h). Memory sizes in bytes; {@code bootSlot} is -1
 * when no model is committed.
 */
public record BoardInfo(int protocol, String firmwareVersion, int firmwareMajor, String board,
                        long freeRam, long freeFlash, long slotCapacity, int bootSlot, List<SlotInfo> slots) {

    public static BoardInfo parse(Frame f) {
        if (f.type() != FrameType.INFO) throw new IllegalArgumentException("not an INFO frame: " + f);
        try {
            ByteBuffer b = f.body();
            int proto = b.get() & 0xFF, major = b.get() & 0xFF, minor = b.get() & 0xFF, patch = b.get() & 0xFF;
            byte[] name = new byte[b.get() & 0xFF];
            b.get(name);
            long ram = b.getInt() & 0xFFFFFFFFL, flash = b.getInt() & 0xFFFFFFFFL, cap = b.getInt() & 0xFFFFFFFFL;
            int boot = b.get() & 0xFF;
            int count = b.get() & 0xFF;
            List<SlotInfo> slots = new ArrayList<>();
            for (int i = 0; i < count; i++)
                slots.add(new SlotInfo(i, SlotInfo.state(b.get() & 0xFF), u32(b), u32(b), u32(b), u32(b)));
            return new BoardInfo(proto, major + "." + minor + "." + patch, major,
                    new String(name, StandardCharsets.US_ASCII), ram, flash, cap, boot == 0xFF ? -1 : boot, List.copyOf(slots));
        } catch (BufferUnderflowException e) {
            throw new DeviceException(DeviceException.Kind.WRONG_FIRMWARE, "the board's INFO answer is too short: not Dartboard firmware?");
        }
    }

    /** The committed model the board boots, or null. */
    public SlotInfo bootModel() {
        return bootSlot < 0 || bootSlot >= slots.size() ? null : slots.get(bootSlot);
    }

    private static long u32(ByteBuffer b) {
        return b.getInt() & 0xFFFFFFFFL;
    }
}

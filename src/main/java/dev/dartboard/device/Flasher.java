package dev.dartboard.device;

/**
 * Uploads a model blob to the board's free slot and makes it the boot model: HELLO (board and
 * firmware checks, the blob's version against the firmware's), BEGIN (resumes an interrupted upload of the same blob), DATA, END (board
 * verifies the CRC from flash), COMMIT, HELLO again to confirm the boot slot holds it.
 */
public final class Flasher {
    private final BoardClient client;
    private final BoardRequirements requirements;
    private final int window;

    public Flasher(BoardClient client, BoardRequirements requirements, int window) {
        this.client = client;
        this.requirements = requirements;
        this.window = window;
    }

    public FlashResult flash(byte[] model, long modelId, FlashProgress progress) {
        BoardInfo before = client.hello();
        requirements.check(before);
        requirements.checkBlob(before, model);
        if (model.length == 0 || model.length > before.slotCapacity())
            throw new DeviceException(DeviceException.Kind.TOO_LARGE, "the model is " + model.length
                    + " bytes; a slot on this board holds " + before.slotCapacity() + " bytes");
        long crc = Crc32.of(model);
        long from = client.begin(model.length, crc, BoardClient.ANY_SLOT, modelId);
        progress.update("data", from, model.length);
        long t0 = System.nanoTime();
        long rewinds = new DataPump(client.channel(), client.policy(), window)
                .send(model, from, done -> progress.update("data", done, model.length));
        double seconds = (System.nanoTime() - t0) / 1e9;
        progress.update("verify", model.length, model.length);
        long boardCrc = client.end();
        if (boardCrc != crc) throw new DeviceException(DeviceException.Kind.VERIFY_FAILED, "the board read back CRC "
                + Long.toHexString(boardCrc) + ", expected " + Long.toHexString(crc));
        commit(crc, modelId);
        BoardInfo after = client.hello();
        SlotInfo boot = after.bootModel();
        if (boot == null || boot.crc32() != crc || boot.modelId() != modelId)
            throw new DeviceException(DeviceException.Kind.VERIFY_FAILED, "after COMMIT the board does not boot the new model");
        progress.update("done", model.length, model.length);
        return new FlashResult(after, model.length, seconds, from, rewinds);
    }

    /** A COMMIT whose ACK was lost is answered BAD_STATE on retry if the cache was lost: then INFO decides. */
    private void commit(long crc, long modelId) {
        try {
            client.commit();
        } catch (DeviceException e) {
            SlotInfo boot = client.hello().bootModel();
            if (e.kind() != DeviceException.Kind.REJECTED || boot == null || boot.crc32() != crc || boot.modelId() != modelId) throw e;
        }
    }
}

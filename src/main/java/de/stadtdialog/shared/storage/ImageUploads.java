package de.stadtdialog.shared.storage;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Collections;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

import de.stadtdialog.shared.web.FormErrors;

/**
 * Accepts an uploaded image only after decoding it, then re-encodes it scaled down: what is stored
 * is pixels we wrote ourselves, without the uploader's metadata (GPS position, camera, names).
 */
@Component
public class ImageUploads {

    public static final long MAX_BYTES = 10L * 1024 * 1024;
    /**
     * A few kilobytes of PNG can claim billions of pixels; larger pictures are refused before their
     * pixels are decoded (a 108-megapixel phone photo still fits).
     */
    public static final long MAX_PIXELS = 120_000_000L;
    private static final int MAX_EDGE = 1600;

    private final FileStorage storage;

    public ImageUploads(FileStorage storage) {
        this.storage = storage;
    }

    /**
     * Stores an image uploaded with a form together with its alternative text. Without a file,
     * nothing happens; a file without alternative text or that is no readable image is rejected
     * on the form's fields.
     *
     * @return the storage key, or null when nothing was stored
     */
    public String storeWithAlternativeText(MultipartFile file, String alternativeText, BindingResult result,
            String fileField, String altField) {
        if (file == null || file.isEmpty()) {
            return null;
        }
        if (file.getSize() > MAX_BYTES) {
            FormErrors.reject(result, fileField, "image.too-large");
            return null;
        }
        if (alternativeText == null || alternativeText.isBlank()) {
            result.rejectValue(altField, "image.alt-required");
            return null;
        }
        if (dimensions(file).filter(size -> size[0] * size[1] > MAX_PIXELS).isPresent()) {
            FormErrors.reject(result, fileField, "image.too-many-pixels");
            return null;
        }
        Optional<String> key = store(file);
        if (key.isEmpty()) {
            FormErrors.reject(result, fileField, "image.invalid");
        }
        return key.orElse(null);
    }

    /** Removes an image stored with a form that was then refused for other reasons. */
    public void discard(String key) {
        if (key != null) {
            storage.delete(key);
        }
    }

    /** @return the storage key, or empty when the file is not a JPEG, PNG or WebP image we can read */
    public Optional<String> store(MultipartFile file) {
        if (file == null || file.isEmpty() || file.getSize() > MAX_BYTES) {
            return Optional.empty();
        }
        try {
            BufferedImage image = decode(file);
            if (image == null) {
                return Optional.empty();
            }
            // PNG stays PNG and transparency survives as PNG; everything else becomes JPEG
            boolean png = "image/png".equals(file.getContentType()) || image.getColorModel().hasAlpha();
            BufferedImage scaled = scale(image, png);
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(scaled, png ? "png" : "jpg", out);
            return Optional.of(storage.store(out.toByteArray(), png ? "png" : "jpg"));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Width and height as the file's header states them, without decoding; empty when no reader knows the format. */
    private static Optional<long[]> dimensions(MultipartFile file) {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.getInputStream())) {
            Iterator<ImageReader> readers = input == null ? Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                return Optional.of(new long[] { reader.getWidth(0), reader.getHeight(0) });
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * Decodes at most about twice the stored size: large photos are read with every n-th pixel, so
     * memory stays bounded however many pixels the file has (up to {@link #MAX_PIXELS}).
     */
    private static BufferedImage decode(MultipartFile file) throws IOException {
        try (ImageInputStream input = ImageIO.createImageInputStream(file.getInputStream())) {
            Iterator<ImageReader> readers = input == null ? Collections.emptyIterator() : ImageIO.getImageReaders(input);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(input, true, true);
                long width = reader.getWidth(0);
                long height = reader.getHeight(0);
                if (width * height > MAX_PIXELS) {
                    return null;
                }
                ImageReadParam param = reader.getDefaultReadParam();
                int step = (int) Math.max(1, Math.max(width, height) / (2L * MAX_EDGE));
                param.setSourceSubsampling(step, step, 0, 0);
                return reader.read(0, param);
            } finally {
                reader.dispose();
            }
        } catch (RuntimeException e) {
            // decoders throw unchecked exceptions on some malformed files
            return null;
        }
    }

    private static BufferedImage scale(BufferedImage image, boolean keepAlpha) {
        double factor = Math.min(1.0, (double) MAX_EDGE / Math.max(image.getWidth(), image.getHeight()));
        int width = Math.max(1, (int) Math.round(image.getWidth() * factor));
        int height = Math.max(1, (int) Math.round(image.getHeight() * factor));
        BufferedImage target = new BufferedImage(width, height,
                keepAlpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = target.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            if (!keepAlpha) {
                g.setColor(java.awt.Color.WHITE);
                g.fillRect(0, 0, width, height);
            }
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return target;
    }
}

package de.stadtdialog.demo;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.function.Consumer;

import javax.imageio.ImageIO;

/** Plans of the three Stiftsplatz designs, drawn here so the demo needs no image files. */
final class DesignDrawings {

    private static final int WIDTH = 800;
    private static final int HEIGHT = 600;
    private static final Color PAVING = new Color(0xd9d4c7);
    private static final Color TREE = new Color(0x2f7d32);
    private static final Color WATER = new Color(0x3b8fd1);
    private static final Color BENCH = new Color(0x6d4c2f);

    private DesignDrawings() {
    }

    static byte[] grove() {
        return draw("Entwurf A: Baumhain", g -> {
            g.setColor(new Color(0xcfe3c4));
            g.fillRect(40, 80, 720, 480);
            g.setColor(PAVING);
            g.fillRect(370, 80, 60, 480);
            for (int x = 90; x < 760; x += 90) {
                for (int y = 130; y < 540; y += 100) {
                    if (x < 340 || x > 460) {
                        tree(g, x, y, 30);
                    }
                }
            }
            g.setColor(BENCH);
            for (int y = 150; y < 540; y += 120) {
                g.fillRect(340, y, 20, 60);
                g.fillRect(440, y, 20, 60);
            }
        });
    }

    static byte[] water() {
        return draw("Entwurf B: Wasserplatz", g -> {
            g.setColor(PAVING);
            g.fillRect(40, 80, 720, 480);
            g.setColor(WATER);
            g.fillOval(230, 180, 340, 280);
            g.setColor(Color.WHITE);
            for (int i = 0; i < 8; i++) {
                double angle = Math.PI * 2 * i / 8;
                g.fillOval(392 + (int) (Math.cos(angle) * 90), 312 + (int) (Math.sin(angle) * 70), 16, 16);
            }
            for (int x = 90; x < 760; x += 155) {
                tree(g, x, 120, 26);
                tree(g, x, 520, 26);
            }
        });
    }

    static byte[] market() {
        return draw("Entwurf C: Marktplatz", g -> {
            g.setColor(PAVING);
            g.fillRect(40, 80, 720, 480);
            g.setColor(new Color(0xc0504d));
            for (int row = 0; row < 3; row++) {
                for (int col = 0; col < 5; col++) {
                    g.fillRect(170 + col * 100, 190 + row * 110, 70, 50);
                }
            }
            tree(g, 90, 130, 32);
            tree(g, 710, 130, 32);
            tree(g, 90, 510, 32);
            tree(g, 710, 510, 32);
        });
    }

    private static void tree(Graphics2D g, int x, int y, int radius) {
        g.setColor(TREE);
        g.fillOval(x - radius, y - radius, radius * 2, radius * 2);
        g.setColor(TREE.darker());
        g.setStroke(new BasicStroke(3));
        g.drawOval(x - radius, y - radius, radius * 2, radius * 2);
    }

    private static byte[] draw(String title, Consumer<Graphics2D> plan) {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x1a1a1a));
            g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 32));
            g.drawString(title, 40, 55);
            plan.accept(g);
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}

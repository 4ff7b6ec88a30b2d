//! Default profile pictures: the first letter of the username on a colour derived from
//! the user id, so each person keeps a recognisable picture until they upload one.

use sha2::{Digest, Sha256};

const SIZE: u32 = 128;
const SCALE: u32 = 10;

/// A 5×7 bitmap font for `a`–`z`, one string of 35 cells per letter.
const GLYPHS: [&str; 26] = [
    ".###.#...##...#######...##...##...#", // a
    "####.#...##...#####.#...##...#####.", // b
    ".###.#...##....#....#....#...#.###.", // c
    "####.#...##...##...##...##...#####.", // d
    "######....#....####.#....#....#####", // e
    "######....#....####.#....#....#....", // f
    ".###.#...##....#.####...##...#.####", // g
    "#...##...##...#######...##...##...#", // h
    ".###...#....#....#....#....#...###.", // i
    "..###...#....#....#....#.#..#..##..", // j
    "#...##..#.#.#..##...#.#..#..#.#...#", // k
    "#....#....#....#....#....#....#####", // l
    "#...###.###.#.##.#.##...##...##...#", // m
    "#...##...###..##.#.##..###...##...#", // n
    ".###.#...##...##...##...##...#.###.", // o
    "####.#...##...#####.#....#....#....", // p
    ".###.#...##...##...##.#.##..#..##.#", // q
    "####.#...##...#####.#.#..#..#.#...#", // r
    ".#####....#.....###.....#....#####.", // s
    "#####..#....#....#....#....#....#..", // t
    "#...##...##...##...##...##...#.###.", // u
    "#...##...##...##...##...#.#.#...#..", // v
    "#...##...##...##.#.##.#.##.#.#.#.#.", // w
    "#...##...#.#.#...#...#.#.#...##...#", // x
    "#...##...#.#.#...#....#....#....#..", // y
    "#####....#...#...#...#...#....#####", // z
];

fn colour(user_id: &str) -> [u8; 3] {
    let h = Sha256::digest(user_id.as_bytes());
    let hue = f32::from(u16::from_be_bytes([h[0], h[1]]) % 360);
    let (s, l) = (0.55_f32, 0.42_f32);
    let c = (1.0 - (2.0 * l - 1.0).abs()) * s;
    let x = c * (1.0 - ((hue / 60.0) % 2.0 - 1.0).abs());
    let m = l - c / 2.0;
    let (r, g, b) = match hue as u32 / 60 {
        0 => (c, x, 0.0),
        1 => (x, c, 0.0),
        2 => (0.0, c, x),
        3 => (0.0, x, c),
        4 => (x, 0.0, c),
        _ => (c, 0.0, x),
    };
    [r, g, b].map(|v| ((v + m) * 255.0).round() as u8)
}

/// The default picture of a user, as PNG bytes.
pub fn default_png(user_id: &str, username: &str) -> Result<Vec<u8>, png::EncodingError> {
    let bg = colour(user_id);
    let mut pixels = Vec::with_capacity((SIZE * SIZE * 3) as usize);
    for _ in 0..SIZE * SIZE {
        pixels.extend_from_slice(&bg);
    }
    let letter = username.bytes().next().filter(u8::is_ascii_lowercase);
    if let Some(glyph) = letter.map(|b| GLYPHS[usize::from(b - b'a')].as_bytes()) {
        let (x0, y0) = ((SIZE - 5 * SCALE) / 2, (SIZE - 7 * SCALE) / 2);
        for (i, &cell) in glyph.iter().enumerate() {
            if cell != b'#' {
                continue;
            }
            let (gx, gy) = (i as u32 % 5, i as u32 / 5);
            for y in 0..SCALE {
                for x in 0..SCALE {
                    let px = ((y0 + gy * SCALE + y) * SIZE + x0 + gx * SCALE + x) as usize * 3;
                    pixels[px..px + 3].copy_from_slice(&[255, 255, 255]);
                }
            }
        }
    }
    let mut out = Vec::new();
    let mut enc = png::Encoder::new(&mut out, SIZE, SIZE);
    enc.set_color(png::ColorType::Rgb);
    enc.set_depth(png::BitDepth::Eight);
    enc.write_header()?.write_image_data(&pixels)?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn glyphs_are_complete_and_pictures_stable() {
        assert!(super::GLYPHS.iter().all(|g| g.len() == 35));
        let a = super::default_png("u1", "ann").unwrap();
        assert_eq!(a, super::default_png("u1", "ann").unwrap());
        assert_ne!(super::colour("u1"), super::colour("u2"));
        assert!(a.starts_with(b"\x89PNG"));
    }
}

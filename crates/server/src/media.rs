//! What the server reads from uploaded bytes: the real type (sniffed, never the client's
//! word), and images decoded within limits, turned upright by their EXIF orientation and
//! re-encoded, which also drops their metadata.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageFormat, ImageReader, Limits};

/// Pixels an image may have, per side and allocation; more is refused (decompression bombs).
const MAX_SIDE: u32 = 12_000;
const MAX_ALLOC: u64 = 512 << 20;

/// The MIME type of `bytes` (a whole file, or its first kilobytes) from their content.
/// `name` only tells text formats apart.
pub fn sniff(bytes: &[u8], name: &str) -> String {
    let found = infer::get(bytes).map(|t| t.mime_type());
    if let Some(t) = found.filter(|t| !t.starts_with("text/")) {
        return t.to_owned();
    }
    let head = String::from_utf8_lossy(&bytes[..bytes.len().min(1024)]).to_ascii_lowercase();
    if head.contains("<svg") {
        return "image/svg+xml".to_owned();
    }
    if let Some(t) = found {
        return t.to_owned();
    }
    // A head may end inside a character.
    if std::str::from_utf8(bytes).map_or_else(|e| e.error_len().is_none(), |_| true) {
        let ext = extension(name);
        return match ext.as_str() {
            "json" => "application/json",
            "csv" => "text/csv",
            "md" => "text/markdown",
            _ => "text/plain",
        }
        .to_owned();
    }
    "application/octet-stream".to_owned()
}

/// Lowercase extension without the dot, or empty.
pub fn extension(name: &str) -> String {
    name.rsplit_once('.')
        .map(|(_, e)| e.to_ascii_lowercase())
        .filter(|e| e.len() <= 16 && e.chars().all(|c| c.is_ascii_alphanumeric()))
        .unwrap_or_default()
}

/// Images a browser may show inline from our origin: raster formats only. SVG can carry
/// script, so it is always a download.
pub fn is_inline_image(mime: &str) -> bool {
    matches!(
        mime,
        "image/png" | "image/jpeg" | "image/gif" | "image/webp"
    )
}

fn format_of(mime: &str) -> Option<ImageFormat> {
    Some(match mime {
        "image/png" => ImageFormat::Png,
        "image/jpeg" => ImageFormat::Jpeg,
        "image/gif" => ImageFormat::Gif,
        "image/webp" => ImageFormat::WebP,
        _ => return None,
    })
}

/// Decodes an image of a sniffed type, upright.
pub fn decode(bytes: &[u8], mime: &str) -> Result<DynamicImage, String> {
    decode_from(Cursor::new(bytes), mime)
}

/// [`decode`], reading from a file or any seekable reader.
pub fn decode_from(
    from: impl std::io::BufRead + std::io::Seek,
    mime: &str,
) -> Result<DynamicImage, String> {
    let format = format_of(mime).ok_or("not an image")?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_ALLOC);
    let mut reader = ImageReader::with_format(from, format);
    reader.limits(limits);
    let mut decoder = reader.into_decoder().map_err(|e| e.to_string())?;
    let orientation = decoder.orientation().map_err(|e| e.to_string())?;
    let mut img = DynamicImage::from_decoder(decoder).map_err(|e| e.to_string())?;
    img.apply_orientation(orientation);
    Ok(img)
}

/// JPEG of an image scaled to fit `w`×`h` (never enlarged), on white where it was
/// transparent.
pub fn jpeg_fit(img: &DynamicImage, w: u32, h: u32) -> Result<Vec<u8>, String> {
    let scaled = if img.width() > w || img.height() > h {
        img.resize(w, h, image::imageops::FilterType::Triangle)
    } else {
        img.clone()
    };
    let rgba = scaled.to_rgba8();
    let mut rgb = image::RgbImage::new(rgba.width(), rgba.height());
    for (dst, src) in rgb.pixels_mut().zip(rgba.pixels()) {
        let a = u16::from(src[3]);
        for i in 0..3 {
            dst[i] = ((u16::from(src[i]) * a + 255 * (255 - a)) / 255) as u8;
        }
    }
    let mut out = Vec::new();
    image::codecs::jpeg::JpegEncoder::new_with_quality(&mut out, 85)
        .encode_image(&rgb)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

/// PNG of the centre square of an image, `side` pixels wide (profile pictures).
pub fn png_square(img: &DynamicImage, side: u32) -> Result<Vec<u8>, String> {
    let s = img.width().min(img.height());
    let cropped = img.crop_imm((img.width() - s) / 2, (img.height() - s) / 2, s, s);
    let scaled = cropped.resize_exact(side, side, image::imageops::FilterType::Lanczos3);
    png(&scaled)
}

/// PNG of an image scaled to fit `side`×`side` (custom emoji).
pub fn png_fit(img: &DynamicImage, side: u32) -> Result<Vec<u8>, String> {
    if img.width() > side || img.height() > side {
        png(&img.resize(side, side, image::imageops::FilterType::Lanczos3))
    } else {
        png(img)
    }
}

fn png(img: &DynamicImage) -> Result<Vec<u8>, String> {
    let mut out = Vec::new();
    img.to_rgba8()
        .write_to(&mut Cursor::new(&mut out), ImageFormat::Png)
        .map_err(|e| e.to_string())?;
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png_of(w: u32, h: u32) -> Vec<u8> {
        png(&DynamicImage::new_rgba8(w, h)).unwrap()
    }

    #[test]
    fn types_come_from_the_bytes() {
        assert_eq!(sniff(&png_of(2, 2), "x.txt"), "image/png");
        assert_eq!(sniff(b"%PDF-1.7 ...", "a.png"), "application/pdf");
        assert_eq!(
            sniff(b"<?xml version='1.0'?><svg onload='x'>", "a.png"),
            "image/svg+xml"
        );
        assert_eq!(sniff(b"hello", "notes.md"), "text/markdown");
        assert_eq!(
            sniff(&[0, 159, 146, 150], "a.jpg"),
            "application/octet-stream"
        );
        assert!(!is_inline_image("image/svg+xml"));
        assert_eq!(extension("Photo.JPEG"), "jpeg");
        assert_eq!(extension("no_extension"), "");
    }

    #[test]
    fn images_are_scaled_and_squared() {
        let img = decode(&png_of(300, 100), "image/png").unwrap();
        let thumb = image::load_from_memory(&jpeg_fit(&img, 120, 100).unwrap()).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (120, 40));
        let square = image::load_from_memory(&png_square(&img, 64).unwrap()).unwrap();
        assert_eq!((square.width(), square.height()), (64, 64));
        assert!(decode(b"not a png", "image/png").is_err());
        assert!(decode(&png_of(2, 2), "image/svg+xml").is_err());
    }
}

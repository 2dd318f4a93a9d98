//! The sheet's look: the status colours and the stylesheet (screen and print).
//!
//! Status is never told by colour alone: each status has an icon and a label, and its marks
//! a border of their own (solid, dashed, double, dotted), which survive black-and-white
//! printing. The colours come from Okabe and Ito's palette for colour-blind readers, and a
//! test simulates protanopia, deuteranopia and tritanopia to check that each pair still
//! differs.

use super::model::Status;

/// One status's colours: `accent` for borders, icons and badges, `tint` for the background
/// of its marks.
#[derive(Clone, Copy, Debug)]
pub struct Colours {
    pub accent: [u8; 3],
    pub tint: [u8; 3],
}

/// The colours of `status`.
pub fn colours(status: Status) -> Colours {
    match status {
        // Okabe–Ito blue.
        Status::Attributed => Colours {
            accent: [0x00, 0x72, 0xB2],
            tint: [0xD8, 0xEA, 0xF7],
        },
        // Okabe–Ito orange, on a pale yellow.
        Status::Unattributed => Colours {
            accent: [0xE6, 0x9F, 0x00],
            tint: [0xFF, 0xF0, 0xB3],
        },
        // Okabe–Ito vermillion, darkened: orange and vermillion otherwise come close for
        // deuteranopes. Its tint is darker than orange's pale yellow for the same reason.
        Status::Conflicting => Colours {
            accent: [0xB0, 0x3A, 0x00],
            tint: [0xF2, 0xB8, 0xA8],
        },
        Status::NotAClaim => Colours {
            accent: [0x6E, 0x6E, 0x6E],
            tint: [0xFF, 0xFF, 0xFF],
        },
    }
}

fn hex([r, g, b]: [u8; 3]) -> String {
    format!("#{r:02x}{g:02x}{b:02x}")
}

/// The whole stylesheet: the colour variables, then the rules.
pub fn stylesheet() -> String {
    let mut css = String::from(":root{");
    for status in Status::ALL {
        let c = colours(status);
        css.push_str(&format!(
            "--{k}:{a};--{k}-tint:{t};",
            k = status.key(),
            a = hex(c.accent),
            t = hex(c.tint)
        ));
    }
    css.push_str("}\n");
    css.push_str(RULES);
    css
}

/// The rules. Marks and badges use the variables above; print rules keep a page per draft
/// and table headers on every page, within the width of both A4 and US Letter.
const RULES: &str = include_str!("sheet.css");

#[cfg(test)]
mod tests {
    use super::*;

    /// Machado, Oliveira and Fernandes (2009), severity 1, applied to linear RGB.
    const PROTAN: [[f64; 3]; 3] = [
        [0.152286, 1.052583, -0.204868],
        [0.114503, 0.786281, 0.099216],
        [-0.003882, -0.048116, 1.051998],
    ];
    const DEUTAN: [[f64; 3]; 3] = [
        [0.367322, 0.860646, -0.227968],
        [0.280085, 0.672501, 0.047413],
        [-0.011820, 0.042940, 0.968881],
    ];
    const TRITAN: [[f64; 3]; 3] = [
        [1.255528, -0.076749, -0.178779],
        [-0.078411, 0.930809, 0.147602],
        [0.004733, 0.691367, 0.303900],
    ];
    const NORMAL: [[f64; 3]; 3] = [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]];

    fn linear(c: u8) -> f64 {
        let c = f64::from(c) / 255.0;
        if c <= 0.04045 {
            c / 12.92
        } else {
            ((c + 0.055) / 1.055).powf(2.4)
        }
    }

    /// CIELAB (D65) of an sRGB colour as seen through `vision`.
    fn lab(rgb: [u8; 3], vision: &[[f64; 3]; 3]) -> [f64; 3] {
        let l = rgb.map(linear);
        let s: Vec<f64> = vision
            .iter()
            .map(|row| (row[0] * l[0] + row[1] * l[1] + row[2] * l[2]).clamp(0.0, 1.0))
            .collect();
        let x = 0.4124 * s[0] + 0.3576 * s[1] + 0.1805 * s[2];
        let y = 0.2126 * s[0] + 0.7152 * s[1] + 0.0722 * s[2];
        let z = 0.0193 * s[0] + 0.1192 * s[1] + 0.9505 * s[2];
        let f = |t: f64| {
            if t > 0.008856 {
                t.cbrt()
            } else {
                7.787 * t + 16.0 / 116.0
            }
        };
        let (fx, fy, fz) = (f(x / 0.95047), f(y), f(z / 1.08883));
        [116.0 * fy - 16.0, 500.0 * (fx - fy), 200.0 * (fy - fz)]
    }

    fn delta_e(a: [f64; 3], b: [f64; 3]) -> f64 {
        ((a[0] - b[0]).powi(2) + (a[1] - b[1]).powi(2) + (a[2] - b[2]).powi(2)).sqrt()
    }

    /// The smallest colour difference between two statuses' colours (picked by `part`)
    /// under each kind of vision.
    fn smallest(part: fn(Colours) -> [u8; 3], statuses: &[Status]) -> (f64, String) {
        let visions = [
            ("normal", &NORMAL),
            ("protanopia", &PROTAN),
            ("deuteranopia", &DEUTAN),
            ("tritanopia", &TRITAN),
        ];
        let mut worst = (f64::MAX, String::new());
        for (name, vision) in visions {
            for (i, a) in statuses.iter().enumerate() {
                for b in &statuses[i + 1..] {
                    let d = delta_e(
                        lab(part(colours(*a)), vision),
                        lab(part(colours(*b)), vision),
                    );
                    if d < worst.0 {
                        worst = (d, format!("{a:?} vs {b:?} in {name}"));
                    }
                }
            }
        }
        worst
    }

    #[test]
    fn accents_stay_apart_for_colour_blind_readers() {
        let (d, pair) = smallest(|c| c.accent, &Status::ALL);
        assert!(d >= 25.0, "accent ΔE {d:.1} for {pair}");
    }

    #[test]
    fn mark_tints_stay_apart_for_colour_blind_readers() {
        let claims = [
            Status::Attributed,
            Status::Unattributed,
            Status::Conflicting,
        ];
        let (d, pair) = smallest(|c| c.tint, &claims);
        assert!(d >= 15.0, "tint ΔE {d:.1} for {pair}");
    }

    #[test]
    fn the_stylesheet_defines_every_status_and_a_print_layout() {
        let css = stylesheet();
        for status in Status::ALL {
            assert!(css.contains(&format!("--{}:", status.key())), "{status:?}");
            assert!(css.contains(&format!(".s-{}", status.key())), "{status:?}");
        }
        assert!(css.contains("@media print"));
        assert!(css.contains("@page"));
        assert!(!css.contains("url("), "no fonts or images from anywhere");
        assert!(!css.contains("@import"));
    }
}

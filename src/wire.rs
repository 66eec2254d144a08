//! A compact binary form for what the analysis cache stores: integers as LEB128, floats
//! as their eight bytes, strings and lists length-first, struct fields in declaration
//! order with no names. It is the cache's own format, never a report's: read back only by
//! the build that wrote it (the cache key holds the build), behind a checksum, so it needs
//! no versioning of its own; reading stops at the first thing that does not fit, and the
//! entry is recomputed. [`wire_struct!`] writes a struct's impl from its field list and
//! destructures without `..`, so a field added to the struct and not to the list does not
//! compile.

/// What can be written to and read back from the cache's binary form.
pub trait Wire: Sized {
    fn put(&self, out: &mut Vec<u8>);
    /// `None` when the input ends early or holds something that does not fit.
    fn take(input: &mut Input<'_>) -> Option<Self>;
}

/// Bytes being read.
pub struct Input<'a> {
    bytes: &'a [u8],
}

impl<'a> Input<'a> {
    pub fn new(bytes: &'a [u8]) -> Self {
        Self { bytes }
    }

    /// Whether everything was read (an entry with bytes left over is not sound).
    pub fn is_empty(&self) -> bool {
        self.bytes.is_empty()
    }

    fn bytes(&mut self, n: usize) -> Option<&'a [u8]> {
        let (head, rest) = self.bytes.split_at_checked(n)?;
        self.bytes = rest;
        Some(head)
    }

    fn varint(&mut self) -> Option<u64> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let (&byte, rest) = self.bytes.split_first()?;
            self.bytes = rest;
            value |= u64::from(byte & 0x7f) << shift;
            if byte & 0x80 == 0 {
                return Some(value);
            }
        }
        None
    }

    /// A length that the remaining bytes can hold (each item takes at least one byte), so
    /// a corrupt length allocates nothing.
    fn length(&mut self) -> Option<usize> {
        let n = usize::try_from(self.varint()?).ok()?;
        (n <= self.bytes.len()).then_some(n)
    }
}

fn put_varint(mut value: u64, out: &mut Vec<u8>) {
    while value >= 0x80 {
        out.push((value as u8) | 0x80);
        value >>= 7;
    }
    out.push(value as u8);
}

impl Wire for u32 {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(u64::from(*self), out);
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        u32::try_from(input.varint()?).ok()
    }
}

impl Wire for u64 {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(*self, out);
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        input.varint()
    }
}

impl Wire for bool {
    fn put(&self, out: &mut Vec<u8>) {
        out.push(u8::from(*self));
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        match input.bytes(1)? {
            [0] => Some(false),
            [1] => Some(true),
            _ => None,
        }
    }
}

impl Wire for f64 {
    fn put(&self, out: &mut Vec<u8>) {
        out.extend_from_slice(&self.to_le_bytes());
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        Some(f64::from_le_bytes(input.bytes(8)?.try_into().ok()?))
    }
}

impl Wire for String {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(self.len() as u64, out);
        out.extend_from_slice(self.as_bytes());
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        let n = input.length()?;
        String::from_utf8(input.bytes(n)?.to_vec()).ok()
    }
}

impl<T: Wire> Wire for Option<T> {
    fn put(&self, out: &mut Vec<u8>) {
        match self {
            None => out.push(0),
            Some(value) => {
                out.push(1);
                value.put(out);
            }
        }
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        match bool::take(input)? {
            false => Some(None),
            true => Some(Some(T::take(input)?)),
        }
    }
}

impl<T: Wire> Wire for Vec<T> {
    fn put(&self, out: &mut Vec<u8>) {
        put_varint(self.len() as u64, out);
        for item in self {
            item.put(out);
        }
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        let n = input.length()?;
        let mut items = Vec::with_capacity(n);
        for _ in 0..n {
            items.push(T::take(input)?);
        }
        Some(items)
    }
}

impl<A: Wire, B: Wire> Wire for (A, B) {
    fn put(&self, out: &mut Vec<u8>) {
        self.0.put(out);
        self.1.put(out);
    }
    fn take(input: &mut Input<'_>) -> Option<Self> {
        Some((A::take(input)?, B::take(input)?))
    }
}

/// `impl Wire` for a struct from its fields, in order; every field must be listed.
macro_rules! wire_struct {
    ($ty:ident { $($field:ident),* $(,)? }) => {
        impl $crate::wire::Wire for $ty {
            fn put(&self, out: &mut Vec<u8>) {
                let $ty { $($field),* } = self;
                $($crate::wire::Wire::put($field, out);)*
            }
            fn take(input: &mut $crate::wire::Input<'_>) -> Option<Self> {
                Some($ty { $($field: $crate::wire::Wire::take(input)?),* })
            }
        }
    };
}
pub(crate) use wire_struct;

#[cfg(test)]
mod tests {
    use super::*;

    fn round_trip<T: Wire + PartialEq + std::fmt::Debug>(value: T) {
        let mut out = Vec::new();
        value.put(&mut out);
        let mut input = Input::new(&out);
        assert_eq!(T::take(&mut input), Some(value));
        assert!(input.is_empty());
    }

    #[test]
    fn values_come_back_as_they_were_written() {
        for n in [0u32, 1, 127, 128, 300, u32::MAX] {
            round_trip(n);
        }
        round_trip(u64::MAX);
        round_trip(-0.5f64);
        round_trip(f64::INFINITY);
        round_trip("naïve → ✓".to_string());
        round_trip(vec![(3u32, Some(vec!["a".to_string()])), (4, None)]);
    }

    #[test]
    fn a_cut_or_altered_input_reads_as_nothing_instead_of_panicking() {
        let mut out = Vec::new();
        vec!["one".to_string(), "two".to_string()].put(&mut out);
        for cut in 0..out.len() {
            assert_eq!(Vec::<String>::take(&mut Input::new(&out[..cut])), None, "cut at {cut}");
        }
        // a length far past the end allocates nothing and fails
        assert_eq!(Vec::<u32>::take(&mut Input::new(&[0xff, 0xff, 0xff, 0xff, 0x0f])), None);
        assert_eq!(bool::take(&mut Input::new(&[7])), None);
        assert_eq!(u32::take(&mut Input::new(&[0xff; 11])), None);
        assert_eq!(String::take(&mut Input::new(&[2, 0xc3, 0x28])), None);
    }
}

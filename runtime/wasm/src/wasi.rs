//! The two WASI (preview 1) functions the module imports: output and exit.
//! They are declared here, in the runtime, and used by exported code, so the
//! runtime's import section already holds them and merging generated code
//! adds no import (which would shift every function index).

/// One buffer of a scatter write (`ciovec`).
#[repr(C)]
pub struct IoVec {
    pub buf: *const u8,
    pub len: usize,
}

#[link(wasm_import_module = "wasi_snapshot_preview1")]
extern "C" {
    fn fd_write(fd: i32, iovs: *const IoVec, iovs_len: i32, nwritten: *mut i32) -> i32;
    fn proc_exit(code: i32) -> !;
}

pub const STDOUT: i32 = 1;
pub const STDERR: i32 = 2;

/// Writes all of `bytes` to `fd`; gives up silently on an error (there is
/// nowhere left to report it).
pub fn write_all(fd: i32, mut bytes: &[u8]) {
    while !bytes.is_empty() {
        let iov = IoVec { buf: bytes.as_ptr(), len: bytes.len() };
        let mut written = 0i32;
        // SAFETY: `iov` points at one live buffer of `len` bytes and
        // `written` is a valid out-pointer; fd_write reads only those.
        let errno = unsafe { fd_write(fd, &iov, 1, &mut written) };
        if errno != 0 || written <= 0 {
            return;
        }
        bytes = &bytes[(written as usize).min(bytes.len())..];
    }
}

/// Ends the program with `code`.
pub fn exit(code: i32) -> ! {
    // SAFETY: proc_exit takes a plain integer and does not return.
    unsafe { proc_exit(code) }
}

//! The server on a real socket: a client that trickles its headers ("slow loris") is cut off,
//! and while such clients fill every connection slot, a real request waits for a free one and is
//! answered.

mod common;

use std::time::Duration;

use darbnica_server::serving::{Connections, serve};
use tokio::io::{AsyncReadExt as _, AsyncWriteExt as _};
use tokio::net::TcpStream;

/// Sends a request's headers one byte at a time, a byte every 50 ms, never finishing; answers
/// once the server has closed the connection.
async fn slow_loris(address: std::net::SocketAddr) -> std::io::Result<()> {
    let mut stream = TcpStream::connect(address).await?;
    let headers = b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Slow: ";
    for byte in headers.iter().chain(std::iter::repeat(&b'a')) {
        if stream.write_all(&[*byte]).await.is_err() {
            return Ok(());
        }
        let mut buffer = [0u8; 256];
        // Whatever the server says (a 408 or nothing), then the end of the connection.
        match tokio::time::timeout(Duration::from_millis(50), stream.read(&mut buffer)).await {
            Ok(Ok(0) | Err(_)) => return Ok(()),
            Ok(Ok(_)) => {
                while !matches!(stream.read(&mut buffer).await, Ok(0) | Err(_)) {}
                return Ok(());
            }
            Err(_) => {}
        }
    }
    Ok(())
}

#[tokio::test]
async fn slow_clients_are_cut_off_and_do_not_keep_others_out() {
    let app = common::test_app().await;
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let (stop, stopped) = tokio::sync::oneshot::channel::<()>();
    let server = tokio::spawn(serve(
        listener,
        app.router.clone(),
        Connections {
            header_timeout: Duration::from_millis(500),
            max: 3,
        },
        async {
            let _ = stopped.await;
        },
    ));

    // Three slow clients take every slot.
    let lorises: Vec<_> = (0..3).map(|_| tokio::spawn(slow_loris(address))).collect();
    // A real request: it gets in once the server has cut a slow one off.
    let mut real = TcpStream::connect(address).await.unwrap();
    real.write_all(b"GET /api/health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n")
        .await
        .unwrap();
    let mut answer = String::new();
    tokio::time::timeout(Duration::from_secs(20), real.read_to_string(&mut answer))
        .await
        .expect("the real request was answered")
        .unwrap();
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    // Every slow client was cut off by the server (none gave up by itself: they never stop).
    for loris in lorises {
        tokio::time::timeout(Duration::from_secs(20), loris)
            .await
            .expect("the server closed the slow connection")
            .unwrap()
            .unwrap();
    }
    let _ = stop.send(());
    server.await.unwrap().unwrap();
}

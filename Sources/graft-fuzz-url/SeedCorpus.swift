/// Dashboard URLs the mutations start from: the Higress share link and every shape the parser knows.
let seedCorpus: [String] = [
    "http://grafana.example/d/femmnlw6z39xcb/higress-ai?from=2025-06-05T02:18:36.690Z&to=2025-06-05T02:33:36.690Z"
        + "&var-gateway=higress-system-higress-gateway&var-namespace=higress-system&theme=light",
    "https://grafana.example/grafana/d/abc-DEF_1/dash?orgId=1&from=now-15m&to=now&refresh=30s&timezone=browser",
    "http://admin:pw@[2001:db8::7]:3000/d/abc?time=1717550316690&time.window=3600000&var-x=a&var-x=b",
    "http://10.0.0.1:3000/a/b/d-solo/abc/slug?orgId=1&panelId=4&from=1717550316690&to=1717551216690#panel",
    "https://h.example/d/abc?fr%6Fm=now-1d%2Fd&%74o=now%2Fd&var-p=%2Fapi%2Fv1&var-%E7%BD%91=%E7%BD%91&q=a+b",
    "http://h.example/d/abc/%E7%BD%91%E5%85%B3?var-x=&kiosk&&from=20240101&to=20240101T235959&tz=UTC&",
    "http://[::1]/d/abc/",
    "HTTPS://u%40x:p@网关.example:8443/d/x/d/abc/d?from&to&var-from=now#a?from=1&to=2",
    "http://h.example/goto/bLk2xDgHR?orgId=1",
    "http://h.example/explore?left=%7B%7D",
]

"""Sentences written for the batch and distributed tests (no evaluation text): each names a donor,
an item and a state, or nothing at all, so a corpus built from them exercises every stage."""

SENTENCES = [
    "Denmark said on Monday it would send 19 Caesar howitzers to Ukraine.",
    "Germany has delivered 14 Leopard 2A6 tanks, the defence ministry said on Tuesday.",
    "Berlin pledged €200 million ($217 million) in military aid on Friday.",
    "Sweden is considering sending Gripen fighter jets.",
    "Britain will send 14 Challenger 2 tanks, and Poland 10 Leopard tanks.",
    "The weather in Kyiv was cold.",
    "France ruled out sending Rafale jets.",
]

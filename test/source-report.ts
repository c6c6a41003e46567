/**
 * The source report (shared/seed/paris-2024-closing-ceremony.txt, outside this
 * repository), copied word for word, so the content tests can tell what the
 * story takes from the source and what it adds.
 */
export const SOURCE_REPORT = ` date 2024-08-12 Highlights Los Angeles have given fans a short glimpse of what to expect for the 2028 Games following an epic Olympics closing ceremony in Paris.

The Olympics came to an end in spectacular fashion in front of a sell-out crowd at Stade de France.

In the official handover to LA, many US stars accepted the Olympic Flag as it made its way across the Atlantic.

The Olympics came to an end in spectacular fashion in front of a sell-out crowd at Stade de France. The star of the Games, Leon Marchand, kicked off proceedings as he arrived in Versailles to transport the Olympic flame and made the journey across the city.

The show resumed at Saint-Denis with the flagbearers of each country arriving on the field. Gold medallists Alex Yee and Bryony Page represented Great Britain at the ceremony.

Following a few musical performances, the main event got underway with sensational artistic dance sequences and the Olympic rings were then assembled inside the stadium.

French band Phoenix then lit up the arena with a brilliant display and were joined by DJ Kavinsky - who played his famous song Nightcall.

Tom Cruise Wows Fans Following the Official Handover to LA 2028

Billie Eilish and Red Hot Chilli Peppers also performed

The Paris Games began to draw a close as President of IOC Thomas Bach and President of the 2024 Games Tony Estanguet made speeches to the crowd in attendance.

After that, it was the official handover to Los Angeles 2028. R&B artist H.E.R. performed the American national anthem inside Stade de France before viewers were transported to the US.

The Mayor of LA, and Simone Biles were on hand to accept the Olympic Flag before actor Tom Cruise descended from the roof of the stadium to collect the flag, before departing on a motorcycle to begin its journey across the Atlantic.

A series of athletes then took over in LA, with mountain biker Kate Courtney cycling the flag to the Coliseum, handing the flag off to legendary sprinter Michael Johnson - who ran it to skateboarder Jagger Eaton on the beach.

There, by the Pacific, the Red Hot Chili Peppers, Eilish and Snoop Dogg, joined by Dr. Dre, closed things out with a concert that bled into a one-hour show.

Thomas Bach on Sensational Olympics in Paris

Los Angeles promises to be as epic

The IOC President, Bach, reflected on a "sensational" Games. The 2024 Paralympics is scheduled to take place in the French capital from 28 August to 8 September.

Bach, who will step down as IOC president in 2025, said Paris 2024 had been "sensational, or dare I say, 'Seine-sational.'" He added that they were "Olympic Games of a new era" as the first "delivered completely under our Olympic agenda reforms: younger, more urban, more inclusive, more sustainable and the first Olympic Games with full gender parity."

The 70-year-old also praised the athletes for their "simply amazing" performances, and added that they showed "what greatness we humans are capable of."

He continued: "During all this time, you lived peacefully together under one roof in the Olympic Village. You embraced each other. You respected each other, even if your countries are divided by war and conflict. You created a culture of peace.

"This inspired all of us and billions of people around the globe. Thank you for making us dream. Thank you for making us believe in a better world for everyone.

"We know that the Olympic Games cannot create peace. But the Olympic Games can create a culture of peace that inspires the world. This is why I call on everyone who shares this Olympic spirit: let us live this culture of peace every single day."`;

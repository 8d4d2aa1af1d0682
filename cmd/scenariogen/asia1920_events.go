package main

// The events of East Asia 1920–1938: the interstate wars of the Correlates
// of War (Sarkees & Wayman 2010, Resort to War; the participants and dates
// as the COW inter-state war data v4.0 list them) with both sides among the
// era's states (the regime changes come from Polity, derived.go; the steps
// of territory from the data, territory.go). No entry, no merge, no threat
// shock, détente or doctrine: the era has no judgement number but its debts
// (asia1920.go).
//
// The wars: COW's Inter-State War Data v4.0 (checked for 1920–1938) list
// four wars fought in Asia in these years (its WhereFought 7), each with
// both sides in the era, here with COW's participants and dates:
//   - the Sino-Soviet war over the Chinese Eastern Railway (COW's
//     "Manchurian", war 118: the Soviet Union, the initiator, against
//     China, 17 August – 3 December 1929);
//   - Japan's conquest of Manchuria (COW's "Second Sino-Japanese", war
//     121: Japan, the initiator, against China, 19 December 1931 – 22 May
//     1933; COW dates it from December, not from the Mukden incident of 18
//     September 1931);
//   - the Sino-Japanese war from 1937 (COW's "Third Sino-Japanese", war
//     130: Japan, the initiator, against China, from 7 July 1937; COW ends
//     it on 6 December 1941, when it becomes part of the Second World War,
//     after the era's end);
//   - Changkufeng (war 133: Japan, the initiator, against the Soviet Union,
//     29 July – 11 August 1938), as europe-1920 writes it.
// As in europe-1920 (the interwar template), a war lasts to its peace and
// its fighting to the armistice when one came first: the Sino-Soviet
// war's fighting ended with the Nikolsk-Ussuriysky protocol of 3 December
// 1929 (COW's end), the war with the Khabarovsk protocol of 22 December
// 1929, which restored the railway's joint administration; the war of
// 1931–33 ended with the Tanggu truce of 31 May 1933, and no peace
// followed: it is written with COW's dates. The Shanghai fighting of
// January–March 1932 falls within them and is no war of its own in COW's
// list.
//
// No other war of COW's inter-state list has a state of the era on one side
// in 1920–1938 but the wars of 1919–1920 the Soviet Union fought in Europe
// (the Russo-Polish war, Estonia's and Latvia's wars of independence),
// against states the era does not model (outside.go). COW's extra-state
// list has the wars of Britain in its empire and the Soviet Union's and
// China's against Ungern-Sternberg's army in Mongolia (1920–21); by the
// shared rule (extrastate.go) those begun after 1920 are outside wars (the
// Moplah rising, Saya San's rebellion in Burma, Palestine, the second in
// Waziristan; the Soviet Union's in Mongolia, from May 1921), and those
// under way in 1920, a state's first year, are in its start share as the
// data measure it, not events (Britain's in Iraq and the first in
// Waziristan; China's in Mongolia, from October 1920). China's civil wars
// (the warlords', the Northern Expedition of 1926–28, the Nationalists'
// against the Communists), the Japanese intervention in Siberia (to 1922)
// and the Mongolian revolution of 1921 are in neither of COW's lists of wars
// between a state and another state or an entity outside the system, and
// none is an event.

func asia1920Events() []event {
	return []event{
		war(1929, 8, "17 August 1929", "Sino-Soviet War (Chinese Eastern Railway)", ids("RUS"), ids("CHN"), 0.35,
			"17 August – 22 December 1929",
			"The Soviet Union (the initiator) against China over the Chinese Eastern Railway, to the Khabarovsk protocol;\n"+
				"the fighting to the Nikolsk-Ussuriysky protocol of 3 December 1929 (COW's end).",
			cowWars+": Manchurian (war 118), the USSR (initiator) against China, 17 August – 3 December 1929; "+
				"Khabarovsk protocol, 22 December 1929").
			foughtTo(0.30, "17 August – 3 December 1929"),
		war(1931, 12, "19 December 1931", "Manchurian War", ids("JPN"), ids("CHN"), 1.42, "19 December 1931 – 22 May 1933",
			"Japan (the initiator) against China, from the conquest of Manchuria (the Mukden incident of 18 September 1931)\n"+
				"through Shanghai (1932) and Jehol (1933), COW's dates; the Tanggu truce of 31 May 1933 followed, and no peace.",
			cowWars+": Second Sino-Japanese (war 121), Japan (initiator) against China, 19 December 1931 – 22 May 1933"),
		war(1937, 7, "7 July 1937", "Sino-Japanese War", ids("JPN"), ids("CHN"), 4.42, "7 July 1937 – 6 December 1941",
			"Japan (the initiator) against China, from the Marco Polo Bridge incident, COW's dates: COW ends it when it\n"+
				"becomes part of the Second World War, after the era's end.",
			cowWars+": Third Sino-Japanese (war 130), Japan (initiator) against China, 7 July 1937 – 6 December 1941"),
		war(1938, 7, "29 July 1938", "Changkufeng (Lake Khasan)", ids("JPN"), ids("RUS"), 0.04, "29 July – 11 August 1938",
			"The border battle at Lake Khasan, to the ceasefire.",
			cowWars+": Changkufeng War; Japanese attack of 29 July 1938; ceasefire of 11 August 1938"),
	}
}

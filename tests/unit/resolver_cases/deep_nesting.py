def f0(p0):
    v0 = p0
    def f1(p1):
        v1 = p1
        def f2(p2):
            v2 = p2
            def f3(p3):
                v3 = p3
                w3 = v0 + v0
                def f4(p4):
                    v4 = p4
                    w4 = v1 + v0
                    def f5(p5):
                        v5 = p5
                        w5 = v2 + v0
                        def f6(p6):
                            v6 = p6
                            w6 = v3 + v0
                            def f7(p7):
                                v7 = p7
                                w7 = v4 + v0
                                def f8(p8):
                                    v8 = p8
                                    w8 = v5 + v0
                                    def f9(p9):
                                        v9 = p9
                                        w9 = v6 + v0
                                        def f10(p10):
                                            v10 = p10
                                            w10 = v7 + v0
                                            def f11(p11):
                                                v11 = p11
                                                w11 = v8 + v0
                                                def f12(p12):
                                                    v12 = p12
                                                    w12 = v9 + v0
                                                    def f13(p13):
                                                        v13 = p13
                                                        w13 = v10 + v0
                                                        def f14(p14):
                                                            v14 = p14
                                                            w14 = v11 + v0
                                                            def f15(p15):
                                                                v15 = p15
                                                                w15 = v12 + v0
                                                                def f16(p16):
                                                                    v16 = p16
                                                                    w16 = v13 + v0
                                                                    def f17(p17):
                                                                        v17 = p17
                                                                        w17 = v14 + v0
                                                                        def f18(p18):
                                                                            v18 = p18
                                                                            w18 = v15 + v0
                                                                            def f19(p19):
                                                                                v19 = p19
                                                                                w19 = v16 + v0
                                                                                def f20(p20):
                                                                                    v20 = p20
                                                                                    w20 = v17 + v0
                                                                                    def f21(p21):
                                                                                        v21 = p21
                                                                                        w21 = v18 + v0
                                                                                        def f22(p22):
                                                                                            v22 = p22
                                                                                            w22 = v19 + v0
                                                                                            def f23(p23):
                                                                                                v23 = p23
                                                                                                w23 = v20 + v0
                                                                                                def f24(p24):
                                                                                                    v24 = p24
                                                                                                    w24 = v21 + v0
                                                                                                    def f25(p25):
                                                                                                        v25 = p25
                                                                                                        w25 = v22 + v0
                                                                                                        def f26(p26):
                                                                                                            v26 = p26
                                                                                                            w26 = v23 + v0
                                                                                                            def f27(p27):
                                                                                                                v27 = p27
                                                                                                                w27 = v24 + v0
                                                                                                                def f28(p28):
                                                                                                                    v28 = p28
                                                                                                                    w28 = v25 + v0
                                                                                                                    def f29(p29):
                                                                                                                        v29 = p29
                                                                                                                        w29 = v26 + v0
                                                                                                                        def f30(p30):
                                                                                                                            v30 = p30
                                                                                                                            w30 = v27 + v0
                                                                                                                            def f31(p31):
                                                                                                                                v31 = p31
                                                                                                                                w31 = v28 + v0
                                                                                                                                def f32(p32):
                                                                                                                                    v32 = p32
                                                                                                                                    w32 = v29 + v0
                                                                                                                                    def f33(p33):
                                                                                                                                        v33 = p33
                                                                                                                                        w33 = v30 + v0
                                                                                                                                        def f34(p34):
                                                                                                                                            v34 = p34
                                                                                                                                            w34 = v31 + v0
                                                                                                                                            def f35(p35):
                                                                                                                                                v35 = p35
                                                                                                                                                w35 = v32 + v0
                                                                                                                                                def f36(p36):
                                                                                                                                                    v36 = p36
                                                                                                                                                    w36 = v33 + v0
                                                                                                                                                    def f37(p37):
                                                                                                                                                        v37 = p37
                                                                                                                                                        w37 = v34 + v0
                                                                                                                                                        def f38(p38):
                                                                                                                                                            v38 = p38
                                                                                                                                                            w38 = v35 + v0
                                                                                                                                                            def f39(p39):
                                                                                                                                                                v39 = p39
                                                                                                                                                                w39 = v36 + v0
                                                                                                                                                                def f40(p40):
                                                                                                                                                                    v40 = p40
                                                                                                                                                                    w40 = v37 + v0
                                                                                                                                                                    def f41(p41):
                                                                                                                                                                        v41 = p41
                                                                                                                                                                        w41 = v38 + v0
                                                                                                                                                                        def f42(p42):
                                                                                                                                                                            v42 = p42
                                                                                                                                                                            w42 = v39 + v0
                                                                                                                                                                            def f43(p43):
                                                                                                                                                                                v43 = p43
                                                                                                                                                                                w43 = v40 + v0
                                                                                                                                                                                def f44(p44):
                                                                                                                                                                                    v44 = p44
                                                                                                                                                                                    w44 = v41 + v0
                                                                                                                                                                                    def f45(p45):
                                                                                                                                                                                        v45 = p45
                                                                                                                                                                                        w45 = v42 + v0
                                                                                                                                                                                        def f46(p46):
                                                                                                                                                                                            v46 = p46
                                                                                                                                                                                            w46 = v43 + v0
                                                                                                                                                                                            def f47(p47):
                                                                                                                                                                                                v47 = p47
                                                                                                                                                                                                w47 = v44 + v0
                                                                                                                                                                                                def f48(p48):
                                                                                                                                                                                                    v48 = p48
                                                                                                                                                                                                    w48 = v45 + v0
                                                                                                                                                                                                    def f49(p49):
                                                                                                                                                                                                        v49 = p49
                                                                                                                                                                                                        w49 = v46 + v0
                                                                                                                                                                                                        def f50(p50):
                                                                                                                                                                                                            v50 = p50
                                                                                                                                                                                                            w50 = v47 + v0
                                                                                                                                                                                                            def f51(p51):
                                                                                                                                                                                                                v51 = p51
                                                                                                                                                                                                                w51 = v48 + v0
                                                                                                                                                                                                                def f52(p52):
                                                                                                                                                                                                                    v52 = p52
                                                                                                                                                                                                                    w52 = v49 + v0
                                                                                                                                                                                                                    def f53(p53):
                                                                                                                                                                                                                        v53 = p53
                                                                                                                                                                                                                        w53 = v50 + v0
                                                                                                                                                                                                                        def f54(p54):
                                                                                                                                                                                                                            v54 = p54
                                                                                                                                                                                                                            w54 = v51 + v0
                                                                                                                                                                                                                            def f55(p55):
                                                                                                                                                                                                                                v55 = p55
                                                                                                                                                                                                                                w55 = v52 + v0
                                                                                                                                                                                                                                def f56(p56):
                                                                                                                                                                                                                                    v56 = p56
                                                                                                                                                                                                                                    w56 = v53 + v0
                                                                                                                                                                                                                                    def f57(p57):
                                                                                                                                                                                                                                        v57 = p57
                                                                                                                                                                                                                                        w57 = v54 + v0
                                                                                                                                                                                                                                        def f58(p58):
                                                                                                                                                                                                                                            v58 = p58
                                                                                                                                                                                                                                            w58 = v55 + v0
                                                                                                                                                                                                                                            def f59(p59):
                                                                                                                                                                                                                                                v59 = p59
                                                                                                                                                                                                                                                w59 = v56 + v0
                                                                                                                                                                                                                                                return v0, v59, p30
                                                                                                                                                                                                                                            return f59
                                                                                                                                                                                                                                        return f58
                                                                                                                                                                                                                                    return f57
                                                                                                                                                                                                                                return f56
                                                                                                                                                                                                                            return f55
                                                                                                                                                                                                                        return f54
                                                                                                                                                                                                                    return f53
                                                                                                                                                                                                                return f52
                                                                                                                                                                                                            return f51
                                                                                                                                                                                                        return f50
                                                                                                                                                                                                    return f49
                                                                                                                                                                                                return f48
                                                                                                                                                                                            return f47
                                                                                                                                                                                        return f46
                                                                                                                                                                                    return f45
                                                                                                                                                                                return f44
                                                                                                                                                                            return f43
                                                                                                                                                                        return f42
                                                                                                                                                                    return f41
                                                                                                                                                                return f40
                                                                                                                                                            return f39
                                                                                                                                                        return f38
                                                                                                                                                    return f37
                                                                                                                                                return f36
                                                                                                                                            return f35
                                                                                                                                        return f34
                                                                                                                                    return f33
                                                                                                                                return f32
                                                                                                                            return f31
                                                                                                                        return f30
                                                                                                                    return f29
                                                                                                                return f28
                                                                                                            return f27
                                                                                                        return f26
                                                                                                    return f25
                                                                                                return f24
                                                                                            return f23
                                                                                        return f22
                                                                                    return f21
                                                                                return f20
                                                                            return f19
                                                                        return f18
                                                                    return f17
                                                                return f16
                                                            return f15
                                                        return f14
                                                    return f13
                                                return f12
                                            return f11
                                        return f10
                                    return f9
                                return f8
                            return f7
                        return f6
                    return f5
                return f4
            return f3
        return f2
    return f1
